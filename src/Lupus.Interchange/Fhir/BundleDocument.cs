using System.Text.Json;

namespace Lupus.Interchange.Fhir;

/// <summary>A bundle's checked entries; their resource bodies live in the JSON document, which this owns.</summary>
internal sealed class BundleDocument(JsonDocument? document, IReadOnlyList<BundleEntry> entries) : IDisposable
{
    public IReadOnlyList<BundleEntry> Entries => entries;

    public void Dispose() => document?.Dispose();
}
