using Lupus.Domain.Instruments.Bilag;
using Lupus.Domain.Instruments.Core;

namespace Lupus.Domain.Instruments.Responders;

/// <summary>
/// Provisional BILAG-based response of the Nanjing MSC trials (specification 4.5): major clinical response (no A
/// or B domain), partial clinical response (no A, at most one B, from a baseline with an A or two B), relapse
/// (after a response, a new A or two new B compared with the response visit), otherwise no response.
/// </summary>
/// <remarks>
/// Wang D, et al. Arthritis Res Ther 2014;16:R79; terminology from Merrill JT, et al. Arthritis Rheum
/// 2010;62:222-233 (EXPLORER). The published criteria could not be read: this is an operational definition, every
/// threshold is a parameter and every result is labelled provisional. Input: <c>bilag_baseline</c>,
/// <c>bilag_visit</c>, <c>prior_response</c> (<c>none</c>, <c>mcr</c>, <c>pcr</c>: the latest response not yet
/// followed by a relapse) with <c>bilag_response_visit</c> (the grades of that response visit), and the thresholds.
/// </remarks>
public sealed class MscBilagResponse : Instrument<MscResponseInput>
{
    private static readonly MscResponseFields Fields = new();

    public static MscBilagResponse Instance { get; } = new();

    public override InstrumentInfo Info { get; } = new(
        "msc_bilag_response",
        "MSC-trial BILAG response (provisional)",
        "Provisional operational definition after Wang 2014 (unverified)",
        "Wang D, Li J, Zhang Y, et al. Umbilical cord mesenchymal stem cell transplantation in active and refractory systemic lupus erythematosus: a multicenter clinical study. Arthritis Res Ther 2014;16:R79.",
        Verification.Unverified);

    public override InputSchema Schema => Fields.Schema;

    public override IReadOnlyList<string> ScalarOutputs => MscResponseResult.ScalarKeys;

    protected override MscResponseInput Bind(InputRecord record) => Fields.Bind(record);

    protected override void Validate(MscResponseInput input, List<InputError> errors)
    {
        if (input.PriorResponse != PriorResponse.None && input.ResponseVisit is null)
        {
            errors.Add(new InputError(Fields.ResponseVisit.Name, "is required when prior_response is mcr or pcr"));
        }
        else if (input.PriorResponse == PriorResponse.None && input.ResponseVisit is not null)
        {
            errors.Add(new InputError(Fields.PriorResponse.Name, "must be mcr or pcr when bilag_response_visit is given"));
        }
    }

    protected override InstrumentResult Compute(MscResponseInput input)
    {
        var visit = input.Visit;
        var baseline = input.Baseline;
        var baselineActive = Or(
            AtLeast(baseline, BilagGrade.A, input.PcrBaselineMinADomains),
            AtLeast(baseline, BilagGrade.B, input.PcrBaselineMinBDomains));
        var noA = AtMost(visit, BilagGrade.A, 0);
        var mcr = And(noA, AtMost(visit, BilagGrade.B, input.McrMaxBDomains));
        var pcr = mcr == true ? false : And(mcr is null ? null : true, noA, AtMost(visit, BilagGrade.B, input.PcrMaxBDomains), baselineActive);

        int? newA = null;
        int? newB = null;
        bool? relapse = false;
        if (input.ResponseVisit is { } reference)
        {
            newA = BilagComparison.NewACount(reference, visit);
            newB = BilagComparison.NewBCount(reference, visit);
            relapse = newA is null || newB is null ? null : newA >= input.RelapseMinNewADomains || newB >= input.RelapseMinNewBDomains;
        }

        return new MscResponseResult(Info)
        {
            Response = Category(relapse, mcr, pcr),
            Mcr = mcr,
            Pcr = pcr,
            Relapse = relapse,
            BaselineActive = baselineActive,
            NewBilagACount = newA,
            NewBilagBCount = newB,
            Warnings = ["provisional definition (specification 4.5): not the published Wang 2014 criteria"],
            Notes = visit.IsComplete ? [] : ["visit_grades_incomplete"],
        };
    }

    // Relapse first: with non-default thresholds a visit could otherwise read as a response and a relapse at once.
    private static string? Category(bool? relapse, bool? mcr, bool? pcr) => (relapse, mcr, pcr) switch
    {
        (true, _, _) => "relapse",
        (null, _, _) => null,
        (_, true, _) => "mcr",
        (_, null, _) => null,
        (_, _, true) => "pcr",
        (_, _, null) => null,
        _ => "no_response",
    };

    // Counts over an incomplete dictionary decide only when the graded domains already settle the question.
    private static bool? AtMost(BilagGrades grades, BilagGrade grade, int max) =>
        grades.Count(grade) > max ? false : grades.IsComplete ? true : null;

    private static bool? AtLeast(BilagGrades grades, BilagGrade grade, int min) =>
        grades.Count(grade) >= min ? true : grades.IsComplete ? false : null;

    private static bool? And(params bool?[] values) =>
        Array.Exists(values, v => v == false) ? false : Array.Exists(values, v => v is null) ? null : true;

    private static bool? Or(bool? a, bool? b) => a == true || b == true ? true : a is null || b is null ? null : false;
}
