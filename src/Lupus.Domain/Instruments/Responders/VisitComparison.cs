using Lupus.Domain.Instruments.Bilag;

namespace Lupus.Domain.Instruments.Responders;

/// <summary>The baseline and follow-up assessments SRI-4 and BICLA compare; null values were not assessed.</summary>
public sealed record VisitComparison
{
    /// <summary>SLEDAI total at baseline (SELENA-SLEDAI or SLEDAI-2K, as the index requires).</summary>
    public int? SledaiBaseline { get; init; }

    public int? SledaiFollowup { get; init; }

    public BilagGrades BilagBaseline { get; init; } = BilagGrades.Empty;

    public BilagGrades BilagFollowup { get; init; } = BilagGrades.Empty;

    /// <summary>Physician global assessment at baseline, 0-3.</summary>
    public decimal? PgaBaseline { get; init; }

    public decimal? PgaFollowup { get; init; }

    /// <summary>Protocol-defined treatment failure (prohibited medication, rescue); false when not recorded.</summary>
    public bool TreatmentFailure { get; init; }

    /// <summary>Number of domains with a new BILAG A at follow-up.</summary>
    public int? NewBilagACount => BilagComparison.NewACount(BilagBaseline, BilagFollowup);

    /// <summary>Number of domains with a new BILAG B at follow-up.</summary>
    public int? NewBilagBCount => BilagComparison.NewBCount(BilagBaseline, BilagFollowup);

    /// <summary>No new A and at most one new B.</summary>
    public bool? NoBilagWorsening => BilagComparison.NoBilagWorsening(NewBilagACount, NewBilagBCount);

    /// <summary>PGA rise below 0.3.</summary>
    public bool? NoPgaWorsening => BilagComparison.NoPgaWorsening(PgaBaseline, PgaFollowup);
}
