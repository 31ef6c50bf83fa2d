namespace Lupus.Web.Hosting;

/// <summary>Settings of the <c>Lupus</c> configuration section (also set by <c>lupus serve</c>).</summary>
public sealed class LupusWebOptions
{
    public const string Section = "Lupus";

    /// <summary>SQLite file path or PostgreSQL connection string.</summary>
    public string Database { get; set; } = Persistence.LupusDatabase.DefaultFile;

    /// <summary>Seed two demo sites, a synthetic cohort and one account per role into an empty database.</summary>
    public bool Demo { get; set; }

    /// <summary>Password of the demo accounts; a random one is generated and printed when empty.</summary>
    public string? DemoPassword { get; set; }

    /// <summary>Seed of the synthetic cohort.</summary>
    public int DemoSeed { get; set; } = 20_240_601;

    /// <summary>
    /// Folder of the published-study evidence files (<c>msc-sle-studies.csv</c> and the two others) for the report;
    /// relative to the content root. When unset: <c>data/</c> under the content root if it holds them, else the
    /// copy bundled beside the executable.
    /// </summary>
    public string? EvidenceDataFolder { get; set; }

    /// <summary>Login attempts allowed per client address and minute (pages and API together).</summary>
    public int LoginPermitsPerMinute { get; set; } = 20;
}
