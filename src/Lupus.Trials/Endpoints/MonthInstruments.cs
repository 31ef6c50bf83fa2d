using Lupus.Domain.Instruments.Bilag;
using Lupus.Domain.Instruments.Renal;
using Lupus.Domain.Instruments.Responders;
using Lupus.Domain.Instruments.Sledai;
using Lupus.Domain.Instruments.Targets;

namespace Lupus.Trials.Endpoints;

/// <summary>The clinical library's renal response, SRI-4, LLDAS and DORIS at a scheduled visit against baseline.</summary>
/// <remarks>
/// Mapping of registry data to instrument inputs: haemolytic anaemia and gastrointestinal activity are known absent
/// only when the BILAG haematological or gastrointestinal domain is graded D or E (gastrointestinal activity present
/// when A-C); maintenance therapy is "stable" when the recorded treatments are unchanged since the previous visit;
/// the MSC product is the study product, so no other investigational drug is assumed. Anything else missing leaves
/// the instrument's result null (not assessable). The instruments' typed entry points decide exactly as their
/// <c>Evaluate</c> does, without allocating input or result records (this runs for every scheduled month).
/// </remarks>
internal static class MonthInstruments
{
    public static RenalResponseCategory? Renal(CourseVisit baseline, CourseVisit visit) =>
        RenalResponse.Classify(
            RenalDefinition.EularEraEdta2019,
            ProteinuriaUnit.GramsPer24h,
            baseline.ProteinuriaGPer24h,
            visit.ProteinuriaGPer24h,
            baseline.EgfrMlMin173m2,
            visit.EgfrMlMin173m2);

    public static bool? Sri4Responder(CourseVisit baseline, CourseVisit visit) =>
        Sri4.IsResponder(
            baseline.Sledai2k,
            visit.Sledai2k,
            baseline.Bilag ?? BilagGrades.Empty,
            visit.Bilag ?? BilagGrades.Empty,
            baseline.Pga,
            visit.Pga,
            treatmentFailure: false);

    public static bool? LldasMet(CourseVisit previous, CourseVisit visit) =>
        Lldas.IsMet(
            visit.SledaiItems,
            hemolyticAnemia: Absent(visit, BilagDomain.Haematological),
            gastrointestinalActivity: visit.Bilag?[BilagDomain.Gastrointestinal] is { } g ? g <= BilagGrade.C : null,
            newActivitySincePrevious: NewItems(previous.SledaiItems, visit.SledaiItems),
            visit.Pga,
            visit.PrednisoneMgPerDay,
            immunosuppressantsStandardMaintenanceTolerated: visit.TreatmentUnchanged,
            onInvestigationalDrug: false);

    public static bool? DorisMet(CourseVisit visit) =>
        Doris2021.IsRemission(visit.SledaiItems, visit.Pga, visit.PrednisoneMgPerDay, visit.TreatmentUnchanged);

    private static bool? Absent(CourseVisit visit, BilagDomain domain) =>
        visit.Bilag?[domain] is BilagGrade.D or BilagGrade.E ? false : null;

    // A descriptor present now and not at the previous visit; loops, not a query, as this runs per scheduled month.
    private static bool? NewItems(IReadOnlyList<SledaiDescriptor>? before, IReadOnlyList<SledaiDescriptor>? now)
    {
        if (before is null || now is null)
        {
            return null;
        }

        for (var i = 0; i < now.Count; i++)
        {
            if (!Contains(before, now[i]))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Contains(IReadOnlyList<SledaiDescriptor> items, SledaiDescriptor descriptor)
    {
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] == descriptor)
            {
                return true;
            }
        }

        return false;
    }
}
