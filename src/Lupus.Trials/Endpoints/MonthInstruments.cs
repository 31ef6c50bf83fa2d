using Lupus.Domain.Instruments.Bilag;
using Lupus.Domain.Instruments.Renal;
using Lupus.Domain.Instruments.Responders;
using Lupus.Domain.Instruments.Targets;

namespace Lupus.Trials.Endpoints;

/// <summary>The clinical library's renal response, SRI-4, LLDAS and DORIS at a scheduled visit against baseline.</summary>
/// <remarks>
/// Mapping of registry data to instrument inputs: haemolytic anaemia and gastrointestinal activity are known absent
/// only when the BILAG haematological or gastrointestinal domain is graded D or E (gastrointestinal activity present
/// when A-C); maintenance therapy is "stable" when the recorded treatments are unchanged since the previous visit;
/// the MSC product is the study product, so no other investigational drug is assumed. Anything else missing leaves
/// the instrument's result null (not assessable).
/// </remarks>
internal static class MonthInstruments
{
    public static RenalResponseCategory? Renal(CourseVisit baseline, CourseVisit visit, int month) =>
        RenalResponse.Instance.Evaluate(new RenalResponseInput
        {
            Definition = RenalDefinition.EularEraEdta2019,
            Proteinuria = [new ProteinuriaPair(ProteinuriaUnit.GramsPer24h, baseline.ProteinuriaGPer24h, visit.ProteinuriaGPer24h)],
            BaselineEgfrMlMin173m2 = baseline.EgfrMlMin173m2,
            FollowupEgfrMlMin173m2 = visit.EgfrMlMin173m2,
            MonthsFromTreatmentStart = month,
        }) is RenalResponseResult r ? r.Response : null;

    public static bool? Sri4Responder(CourseVisit baseline, CourseVisit visit) =>
        Sri4.Instance.Evaluate(new Sri4Input
        {
            Visits = new VisitComparison
            {
                SledaiBaseline = baseline.Sledai2k,
                SledaiFollowup = visit.Sledai2k,
                BilagBaseline = baseline.Bilag ?? BilagGrades.Empty,
                BilagFollowup = visit.Bilag ?? BilagGrades.Empty,
                PgaBaseline = baseline.Pga,
                PgaFollowup = visit.Pga,
            },
            SledaiVersion = "SLEDAI-2K",
        }) is Sri4Result r ? r.Responder : null;

    public static bool? LldasMet(CourseVisit previous, CourseVisit visit) =>
        Lldas.Instance.Evaluate(new LldasInput
        {
            Sledai2kItemsPresent = visit.SledaiItems,
            HemolyticAnemia = Absent(visit, BilagDomain.Haematological),
            GastrointestinalActivity = visit.Bilag?[BilagDomain.Gastrointestinal] is { } g ? g <= BilagGrade.C : null,
            NewActivitySincePrevious = NewItems(previous, visit),
            Pga = visit.Pga,
            PrednisoneEquivalentMgPerDay = visit.PrednisoneMgPerDay,
            ImmunosuppressantsStandardMaintenanceTolerated = visit.TreatmentUnchanged,
            OnInvestigationalDrug = false,
        }) is LldasResult r ? r.Lldas : null;

    public static bool? DorisMet(CourseVisit visit) =>
        Doris2021.Instance.Evaluate(new DorisInput
        {
            Sledai2kItemsPresent = visit.SledaiItems,
            Pga = visit.Pga,
            PrednisoneEquivalentMgPerDay = visit.PrednisoneMgPerDay,
            StableMaintenanceTherapy = visit.TreatmentUnchanged,
        }) is DorisResult r ? r.Remission : null;

    private static bool? Absent(CourseVisit visit, BilagDomain domain) =>
        visit.Bilag?[domain] is BilagGrade.D or BilagGrade.E ? false : null;

    private static bool? NewItems(CourseVisit previous, CourseVisit visit) =>
        previous.SledaiItems is { } before && visit.SledaiItems is { } now ? now.Any(i => !before.Contains(i)) : null;
}
