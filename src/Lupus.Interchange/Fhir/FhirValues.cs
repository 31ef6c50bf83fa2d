using Hl7.Fhir.Model;
using NodaTime.Text;
using NodaTime;

namespace Lupus.Interchange.Fhir;

/// <summary>Typed access to FHIR values that records a located error instead of guessing.</summary>
internal static class FhirValues
{
    /// <summary>A full calendar date from a FHIR date or dateTime (the date part as written; no time-zone shift).</summary>
    public static LocalDate? FullDate(string? text, EntryContext context, string field)
    {
        if (string.IsNullOrEmpty(text))
        {
            context.Fail(field, "missing required element");
            return null;
        }

        var datePart = text.Length > 10 && text[10] == 'T' ? text[..10] : text;
        var result = LocalDatePattern.Iso.Parse(datePart);
        if (result.Success)
        {
            return result.Value;
        }

        var partial = text.Length is 4 or 7 && (YearMonth(text) || text.All(char.IsAsciiDigit));
        context.Fail(field, partial
            ? $"partial date '{text}': a full date (YYYY-MM-DD) is required"
            : $"unparseable date '{text}': expected YYYY-MM-DD");
        return null;
    }

    public static Extension? Extension(DomainResource resource, string url) =>
        resource.Extension.FirstOrDefault(e => e.Url == url);

    /// <summary>The value of a required extension, of the given FHIR type.</summary>
    public static T? Required<T>(DomainResource resource, string url, EntryContext context)
        where T : DataType
    {
        var extension = Extension(resource, url);
        if (extension is null)
        {
            context.Fail(ExtensionPath(url), $"missing required element: extension {url}");
            return null;
        }

        return Typed<T>(extension, context);
    }

    /// <summary>The value of an optional extension; absent gives null without an error.</summary>
    public static T? Optional<T>(DomainResource resource, string url, EntryContext context)
        where T : DataType
    {
        var extension = Extension(resource, url);
        return extension is null ? null : Typed<T>(extension, context);
    }

    public static string ExtensionPath(string url) => $"extension[{url[(url.LastIndexOf('/') + 1)..]}]";

    public static Coding? Coding(CodeableConcept? concept, string system) =>
        concept?.Coding.FirstOrDefault(c => c.System == system);

    /// <summary>A code-valued extension read through its code table.</summary>
    public static bool TryCode<TEnum>(DomainResource resource, string url, CodeMap<TEnum> map, EntryContext context, out TEnum value)
        where TEnum : struct, Enum
    {
        value = default;
        var code = Required<Code>(resource, url, context);
        if (code is null)
        {
            return false;
        }

        return map.TryRead(code.Value, out value) ||
            context.Fail(ExtensionPath(url), $"unknown code '{code.Value}' (allowed: {map.Allowed})");
    }

    private static T? Typed<T>(Extension extension, EntryContext context)
        where T : DataType
    {
        if (extension.Value is T typed)
        {
            return typed;
        }

        context.Fail(ExtensionPath(extension.Url ?? ""), $"extension {extension.Url} must have a value of type {ModelInfo.GetFhirTypeNameForType(typeof(T))}");
        return null;
    }

    private static bool YearMonth(string text) => text.Length == 7 && text[4] == '-';
}
