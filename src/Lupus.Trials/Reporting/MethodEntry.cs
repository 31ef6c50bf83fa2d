namespace Lupus.Trials.Reporting;

/// <summary>One instrument or rule the report relied on.</summary>
public sealed record MethodEntry(string Name, string Version, string Citation, bool Provisional);
