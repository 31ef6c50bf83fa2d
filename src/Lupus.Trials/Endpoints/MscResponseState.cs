using Lupus.Domain.Instruments.Bilag;
using Lupus.Domain.Instruments.Responders;

namespace Lupus.Trials.Endpoints;

/// <summary>
/// The provisional MSC-trial rule (<see cref="MscBilagResponse"/>, default thresholds) applied visit after visit,
/// carrying the standing response and its visit's grades as the rule's input describes.
/// </summary>
/// <remarks>
/// Integer counts instead of the instrument's result records keep the inner loop free of allocation; the tests hold
/// it to <see cref="MscBilagResponse"/> on random grade sequences.
/// </remarks>
internal struct MscResponseState
{
    private readonly bool _baselineActive;
    private CourseVisit? _responseVisit;

    public MscResponseState(CourseVisit baseline)
    {
        _baselineActive = baseline.BilagACount >= 1 || baseline.BilagBCount >= 2;
        _responseVisit = null;
    }

    public MscCategory Next(CourseVisit visit)
    {
        if (!visit.BilagComplete)
        {
            return MscCategory.NotAssessable;
        }

        if (_responseVisit is { } reference && IsRelapse(reference.Bilag!, visit.Bilag!))
        {
            _responseVisit = null;
            return MscCategory.Relapse;
        }

        var category = visit.BilagACount > 0 ? MscCategory.NoResponse
            : visit.BilagBCount == 0 ? MscCategory.Mcr
            : visit.BilagBCount <= 1 && _baselineActive ? MscCategory.Pcr
            : MscCategory.NoResponse;
        if (category is MscCategory.Mcr or MscCategory.Pcr)
        {
            _responseVisit = visit;
        }

        return category;
    }

    private static bool IsRelapse(BilagGrades reference, BilagGrades current)
    {
        int newA = 0, newB = 0;
        for (var d = BilagDomain.Constitutional; d <= BilagDomain.Haematological; d++)
        {
            var r = reference[d]!.Value;
            var c = current[d]!.Value;
            newA += BilagComparison.IsNewA(r, c) ? 1 : 0;
            newB += BilagComparison.IsNewB(r, c) ? 1 : 0;
        }

        return newA >= 1 || newB >= 2;
    }
}
