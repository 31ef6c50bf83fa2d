using Lupus.Domain.Instruments.Bilag;
using Lupus.Domain.Instruments.Sledai;

namespace Lupus.Trials.Endpoints;

/// <summary>One visit of a patient's course as the endpoint derivation reads it; null always means "not assessed".</summary>
/// <remarks>
/// <see cref="Day"/> counts from the time origin (first MSC infusion): negative or zero for screening and baseline.
/// The BILAG counts are taken once here so the derivation's inner loop only compares integers.
/// </remarks>
public sealed record CourseVisit
{
    private readonly BilagGrades? _bilag;

    public required int Day { get; init; }

    public int? Sledai2k { get; init; }

    /// <summary>SLEDAI-2K descriptors present; null when the descriptors were not recorded.</summary>
    public IReadOnlyList<SledaiDescriptor>? SledaiItems { get; init; }

    /// <summary>The 9 BILAG-2004 domain grades; null when BILAG was not assessed.</summary>
    public BilagGrades? Bilag
    {
        get => _bilag;
        init
        {
            _bilag = value;
            BilagComplete = value is { IsComplete: true };
            BilagACount = value?.Count(BilagGrade.A) ?? 0;
            BilagBCount = value?.Count(BilagGrade.B) ?? 0;
        }
    }

    public decimal? Pga { get; init; }

    public decimal? PrednisoneMgPerDay { get; init; }

    public decimal? ProteinuriaGPer24h { get; init; }

    public decimal? EgfrMlMin173m2 { get; init; }

    /// <summary>Background treatments unchanged since the previous visit; null when unknown.</summary>
    public bool? TreatmentUnchanged { get; init; }

    internal bool BilagComplete { get; private init; }

    internal int BilagACount { get; private init; }

    internal int BilagBCount { get; private init; }
}
