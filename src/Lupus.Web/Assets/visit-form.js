// Live SLEDAI-2K and BILAG-2004 preview: posts the form's values to the scoring endpoint (nothing is saved).
// The server computes the stored scores again on save; this preview is only a convenience.
(function () {
  const form = document.querySelector("form[data-score-url]");
  if (!form) return;
  const out = {
    sledai: document.getElementById("score-sledai"),
    clinical: document.getElementById("score-clinical"),
    bilag: document.getElementById("score-bilag"),
    items: document.getElementById("score-items"),
  };
  const grades = form.querySelectorAll("[data-bilag-domain]");
  const booleans = new Set(["nephroticSyndrome", "activeUrinarySediment", "bilagActiveHaemolysis", "bilagCoombsPositiveIsolated"]);
  function values() {
    const body = { descriptors: [], bilagItems: {}, bilagPreviousInvolvement: {} };
    for (const el of form.elements) {
      if (!el.name || !el.name.startsWith("Input.")) continue;
      const key = el.name.charAt(6).toLowerCase() + el.name.slice(7);
      if (key === "descriptors") { if (el.checked) body.descriptors.push(el.value); continue; }
      // Keyed entries, e.g. Input.BilagItems[pyrexia]: an empty choice (not done) is left out.
      const keyed = /^(\w+)\[(\w+)\]$/.exec(key);
      if (keyed) {
        if (el.value !== "") body[keyed[1]][keyed[2]] = keyed[1] === "bilagItems" ? Number(el.value) : el.value === "true";
        continue;
      }
      if (el.type === "checkbox" || key === "reason" || key === "version") continue;
      if (el.value === "") { body[key] = null; continue; }
      body[key] = booleans.has(key) ? el.value === "true" : el.type === "number" ? Number(el.value) : el.value;
    }
    return body;
  }
  let pending = 0;
  async function refresh() {
    const ticket = ++pending;
    try {
      const response = await fetch(form.dataset.scoreUrl, {
        method: "POST", credentials: "same-origin",
        headers: { "Content-Type": "application/json", "Accept": "application/json" },
        body: JSON.stringify(values()),
      });
      if (!response.ok || ticket !== pending) return;
      const score = await response.json();
      out.sledai.textContent = score.sledai2k ?? "–";
      out.clinical.textContent = score.clinicalSledai ?? "–";
      out.bilag.textContent = score.bilagRenalGrade ?? "–";
      for (const dd of grades) {
        const letter = score.bilagGrades ? score.bilagGrades.charAt(Number(dd.dataset.bilagDomain)) : "-";
        dd.textContent = letter === "-" ? "–" : letter;
      }
      out.items.textContent = score.itemsPresent.length ? score.itemsPresent.join(", ").replaceAll("_", " ") : "none";
    } catch (e) { /* the preview is optional; saving still scores on the server */ }
  }
  form.addEventListener("change", refresh);
  form.addEventListener("input", (e) => { if (e.target.type === "number") refresh(); });
  refresh();
})();
