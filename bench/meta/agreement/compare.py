# Largest relative difference per (method, field) between lupus (l-METHOD.json) and metafor (r-METHOD.csv) in DIR.
import sys, os
import json, csv, math
worst = {}
for m in ["REML","ML","EB","PM","DL"]:
    ours = {o["group"]: o for o in json.load(open(os.path.join(sys.argv[1], f"l-{m}.json")))}
    for r in csv.DictReader(open(os.path.join(sys.argv[1], f"r-{m}.csv"))):
        o = ours[r["group"]]
        pairs = {"tau2": o["tau2"], "estimate": o["estimate"], "se": o["se"], "p": o["p"], "ci_lower": o["ci_lower"], "ci_upper": o["ci_upper"],
                 "pi_lower": o["pi_lower"], "pi_upper": o["pi_upper"], "tau2_se": o["tau2_se"], "i2": o["i2"], "h2": o["h2"], "q": o["q"],
                 "tau2_ci_lo": (o["tau2_ci"] or [None, None])[0], "tau2_ci_hi": (o["tau2_ci"] or [None, None])[1],
                 "egger": (o["egger"] or {}).get("statistic"), "egger_p": (o["egger"] or {}).get("p")}
        for f, a in pairs.items():
            e = r[f]
            if e in ("NA", ""):
                if a is not None: print(m, r["group"], f, "R NA, ours", a)
                continue
            e = float(e)
            if a is None: print(m, r["group"], f, "ours null, R", e); continue
            d = abs(a - e) / max(abs(e), 1e-3)
            key = (m, f)
            if d > worst.get(key, (0,))[0]: worst[key] = (d, r["group"], e, a)
for k, v in sorted(worst.items(), key=lambda kv: -kv[1][0])[:25]: print(k, v)
