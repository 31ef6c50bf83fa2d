namespace Lupus.Interchange.Fhir;

/// <summary>The Bundle types import reads; the others (document, message, history, responses) are refused.</summary>
internal static class BundleTypes
{
    public static readonly string[] Read = ["collection", "searchset", "transaction", "batch"];

    /// <summary>Transaction and batch entries say what to do with their resource (<c>entry.request</c>).</summary>
    public static bool CarriesRequests(string? type) => type is "transaction" or "batch";
}
