using System.Reflection;
using Lupus.Application.Endpoints;
using Lupus.Domain.Instruments.Adverse;
using Lupus.Domain.Instruments.Bilag;
using Lupus.Domain.Instruments.Core;
using Lupus.Domain.Instruments.Flare;
using Lupus.Domain.Instruments.Renal;
using Lupus.Domain.Instruments.Responders;
using Lupus.Domain.Instruments.Sledai;
using Lupus.Domain.Instruments.Targets;
using Lupus.Persistence;
using Lupus.Trials.Endpoints;
using Lupus.Trials.Reporting;
using NodaTime;

namespace Lupus.Application.Reporting;

/// <summary>
/// The report use case for the CLI and the web app: brings the stored endpoints up to date, then analyses each
/// cohort in the caller's scope (optionally one site).
/// </summary>
public sealed class TrialReportService(LupusDbContext db, IClock clock)
{
    private static readonly IInstrument[] Instruments =
    [
        MscBilagResponse.Instance, Sledai2k.Instance, Bilag2004Numeric.Instance, RenalResponse.Instance, Sri4.Instance,
        Lldas.Instance, Doris2021.Instance, SelenaFlareIndex.Instance, CtcaeV5.Instance,
    ];

    public async Task<TrialReport> CreateAsync(string? siteCode, bool cox, CancellationToken ct)
    {
        var derived = await new EndpointStore(db, clock).RefreshAsync(siteCode, ct);
        return Build(derived, siteCode, cox);
    }

    /// <summary>Analyses already derived patients (also the benchmark's entry, without a database).</summary>
    public static TrialReport Build(IReadOnlyList<DerivedPatient> derived, string? siteCode, bool cox)
    {
        ArgumentNullException.ThrowIfNull(derived);
        var cohorts = derived
            .GroupBy(p => p.Data.Patient.Cohort.Length == 0 ? "Unlabelled" : p.Data.Patient.Cohort)
            .Select(g => CohortAnalysis.Analyse(g.Key, [.. g], cox))
            .ToList();
        return new TrialReport(
            "MSC trial report",
            siteCode,
            SoftwareVersion,
            EndpointRules.Version,
            cohorts,
            [.. Instruments.Select(i => new MethodEntry(i.Info.Title, i.Info.Version, i.Info.Citation, i.Info.Provisional))],
            Evidence: null);
    }

    public static string SoftwareVersion { get; } =
        typeof(TrialReportService).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";
}
