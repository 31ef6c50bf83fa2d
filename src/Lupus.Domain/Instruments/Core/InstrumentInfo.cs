namespace Lupus.Domain.Instruments.Core;

/// <summary>How well an instrument's definition could be checked against its sources.</summary>
public enum Verification
{
    /// <summary>Checked against two or more independent sources that agree.</summary>
    TwoSources,

    /// <summary>Checked against one source.</summary>
    OneSource,

    /// <summary>Reconstructed from the primary publication; confirm before a regulatory submission.</summary>
    Reconstructed,

    /// <summary>Not verified: a provisional operational definition, never to be reported as the published one.</summary>
    Unverified,
}

/// <summary>Identity of an instrument: its case-file name, version, citation and verification status.</summary>
/// <param name="Name">Identifier used in input files and on the command line (for example <c>sledai2k</c>).</param>
/// <param name="Title">Display name.</param>
/// <param name="Version">Definition version implemented (for example <c>SLEDAI-2K (2002)</c>).</param>
/// <param name="Citation">Primary reference of the definition.</param>
/// <param name="Verification">How the definition was verified.</param>
public sealed record InstrumentInfo(string Name, string Title, string Version, string Citation, Verification Verification)
{
    /// <summary>True when results must be labelled provisional.</summary>
    public bool Provisional => Verification == Verification.Unverified;
}

/// <summary>One item that counted towards a score, with the points it contributed.</summary>
public sealed record ItemContribution(string Item, decimal Points);
