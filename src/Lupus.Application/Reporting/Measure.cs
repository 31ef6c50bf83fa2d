using Lupus.Application.Endpoints;
using Lupus.Domain.Instruments.Bilag;
using Lupus.Persistence.Entities;

namespace Lupus.Application.Reporting;

/// <summary>A measure followed over time: its name, unit and how to read its dated values from a patient's records.</summary>
internal sealed record Measure(string Name, string Unit, Func<PatientData, IEnumerable<(NodaTime.LocalDate Date, double Value)>> Values)
{
    public static IReadOnlyList<Measure> Clinical { get; } =
    [
        FromVisit("SLEDAI-2K", "points", v => v.Sledai2k),
        FromVisit("BILAG-2004 numeric", "points", v => v.BilagGrades is { } g && BilagGrades.Parse(g) is { IsComplete: true } b
            ? Enum.GetValues<BilagDomain>().Sum(d => Bilag2004Numeric.PointsOf(b[d]!.Value)) : null),
        FromVisit("C3", "g/L", v => v.C3GPerL),
        FromVisit("C4", "g/L", v => v.C4GPerL),
        FromVisit("Proteinuria", "g/24h", v => v.ProteinuriaGPer24h),
        FromVisit("Creatinine", "umol/L", v => v.CreatinineUmolPerL),
        FromLab("BUN", Analyte.Bun, "mmol/L"),
        FromLab("Albumin", Analyte.Albumin, "g/L"),
    ];

    public static IReadOnlyList<Measure> Immune { get; } =
    [
        FromPanel("Treg", "% CD4+", p => p.TregPercent),
        FromPanel("Th17", "% CD4+", p => p.Th17Percent),
        FromPanel("Treg/Th17", "ratio", p => p.TregPercent is { } t && p.Th17Percent is { } s && s > 0 ? t / s : null),
        FromPanel("IL-10", "pg/mL", p => p.Il10PgPerMl),
        FromPanel("TNF-alpha", "pg/mL", p => p.TnfAlphaPgPerMl),
    ];

    /// <summary>The measures drawn as mean trajectories.</summary>
    public static IReadOnlyList<Measure> Trajectories { get; } = [Clinical[0], Clinical[2], Clinical[4]];

    private static Measure FromVisit(string name, string unit, Func<Visit, decimal?> value) =>
        new(name, unit, d => d.Visits.Where(v => value(v) is not null).Select(v => (v.VisitDate, (double)value(v)!.Value)));

    private static Measure FromVisit(string name, string unit, Func<Visit, int?> value) =>
        new(name, unit, d => d.Visits.Where(v => value(v) is not null).Select(v => (v.VisitDate, (double)value(v)!.Value)));

    private static Measure FromLab(string name, Analyte analyte, string unit) =>
        new(name, unit, d => d.Labs.Where(l => l.Analyte == analyte && l.Unit == unit).Select(l => (l.CollectionDate, (double)l.Value)));

    private static Measure FromPanel(string name, string unit, Func<ImmunePanel, decimal?> value) =>
        new(name, unit, d => d.Panels.Where(p => value(p) is not null).Select(p => (p.SampleDate, (double)value(p)!.Value)));
}
