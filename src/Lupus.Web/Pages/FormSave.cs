using Lupus.Web.Records;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Lupus.Web.Pages;

/// <summary>Runs a form's save and turns refusals into messages on the form's fields.</summary>
internal static class FormSave
{
    /// <summary>
    /// The saved (or not found) outcome, or null when the form must be shown again: each validation message is then
    /// on its field (prefixed with the field's label), and a stale version is reported above the form.
    /// </summary>
    public static async Task<RecordOutcome<T>?> TrySaveAsync<T>(this PageModel page, Type inputType, Func<Task<RecordOutcome<T>>> save)
        where T : class
    {
        RecordOutcome<T> outcome;
        try
        {
            outcome = await save();
        }
        catch (DbUpdateConcurrencyException)
        {
            page.ModelState.AddModelError("", "This record was changed by someone else after you opened it. Reload it and enter your change again.");
            return null;
        }

        if (outcome.Errors is not { } errors)
        {
            return outcome;
        }

        foreach (var (field, messages) in errors.All)
        {
            // A keyed entry (BilagItems[key]) is labelled with its property's name and the key.
            var bracket = field.IndexOf('[', StringComparison.Ordinal);
            var label = bracket < 0
                ? page.MetadataProvider.GetMetadataForProperty(inputType, field).GetDisplayName()
                : $"{page.MetadataProvider.GetMetadataForProperty(inputType, field[..bracket]).GetDisplayName()} {field[(bracket + 1)..^1].Replace('_', ' ')}";
            messages.ForEach(m => page.ModelState.AddModelError($"Input.{field}", $"{label} {m}"));
        }

        return null;
    }
}
