using Lupus.Domain.Instruments.Bilag;
using Lupus.Domain.Instruments.Core;

namespace Lupus.Domain.Instruments.Responders;

/// <summary>SLE Responder Index: SLEDAI fall of at least 4 (or 5-8) points, no BILAG worsening, no PGA worsening, no treatment failure.</summary>
/// <remarks>
/// Furie RA, Petri MA, Wallace DJ, et al. Arthritis Rheum 2009;61:1143-1151. A PGA rise of exactly 0.3 is
/// worsening. When any component cannot be assessed the responder status is null.
/// </remarks>
public sealed class Sri4 : Instrument<Sri4Input>
{
    /// <summary>SLEDAI reduction of SRI-4.</summary>
    public const int DefaultReductionPoints = 4;

    private static readonly SchemaBuilder Builder = new();
    private static readonly VisitComparisonFields Visits = new(Builder, "sledai");
    private static readonly CodeField SledaiVersion = Builder.Code("sledai_version", "selena_sledai", "sledai2k", "SELENA-SLEDAI", "SLEDAI-2K");
    private static readonly IntegerField ReductionPoints = Builder.WholeNumber("sledai_reduction_points", int.MinValue, int.MaxValue);
    private static readonly InputSchema FieldSchema = Builder.Build();

    public static Sri4 Instance { get; } = new();

    public override InstrumentInfo Info { get; } = new(
        "sri4",
        "SLE Responder Index (SRI-4 to SRI-8)",
        "SRI (2009)",
        "Furie RA, Petri MA, Wallace DJ, et al. Novel evidence-based systemic lupus erythematosus responder index. Arthritis Rheum 2009;61:1143-1151.",
        Verification.TwoSources);

    public override InputSchema Schema => FieldSchema;

    public override IReadOnlyList<string> ScalarOutputs => Sri4Result.ScalarKeys;

    protected override Sri4Input Bind(InputRecord record) => new()
    {
        Visits = Visits.Bind(record),
        SledaiVersion = record.Get(SledaiVersion),
        SledaiReductionPoints = record.Get(ReductionPoints) ?? DefaultReductionPoints,
    };

    protected override void Validate(Sri4Input input, List<InputError> errors)
    {
        Visits.Validate(input.Visits, errors);
        if (input.SledaiReductionPoints is < DefaultReductionPoints or > 8)
        {
            errors.Add(new InputError(ReductionPoints.Name, $"must be from 4 (SRI-4) to 8 (SRI-8), got {input.SledaiReductionPoints}"));
        }
    }

    /// <summary>
    /// Allocation-free typed entry point: the responder status alone, decided exactly as <c>Evaluate</c> decides it.
    /// </summary>
    /// <returns>The responder status; null when a component is not assessable or a value lies off its scale
    /// (SLEDAI 0-105, PGA 0-3), where <c>Evaluate</c> reports the input as invalid.</returns>
    public static bool? IsResponder(
        int? sledaiBaseline,
        int? sledaiFollowup,
        BilagGrades bilagBaseline,
        BilagGrades bilagFollowup,
        decimal? pgaBaseline,
        decimal? pgaFollowup,
        bool treatmentFailure,
        int reductionPoints = DefaultReductionPoints)
    {
        if (!VisitComparisonFields.InRange(sledaiBaseline, sledaiFollowup, pgaBaseline, pgaFollowup))
        {
            return null;
        }

        var noBilagWorsening = BilagComparison.NoBilagWorsening(
            BilagComparison.NewACount(bilagBaseline, bilagFollowup), BilagComparison.NewBCount(bilagBaseline, bilagFollowup));
        return Responder(
            ReductionMet(sledaiBaseline, sledaiFollowup, reductionPoints),
            noBilagWorsening,
            BilagComparison.NoPgaWorsening(pgaBaseline, pgaFollowup),
            treatmentFailure);
    }

    protected override InstrumentResult Compute(Sri4Input input)
    {
        var v = input.Visits;
        var reductionMet = ReductionMet(v.SledaiBaseline, v.SledaiFollowup, input.SledaiReductionPoints);
        return new Sri4Result(Info)
        {
            Responder = Responder(reductionMet, v.NoBilagWorsening, v.NoPgaWorsening, v.TreatmentFailure),
            SledaiReductionMet = reductionMet,
            NoBilagWorsening = v.NoBilagWorsening,
            NoPgaWorsening = v.NoPgaWorsening,
            NewBilagACount = v.NewBilagACount,
            NewBilagBCount = v.NewBilagBCount,
            SledaiReductionPoints = input.SledaiReductionPoints,
            SledaiVersion = input.SledaiVersion,
            Notes = v.TreatmentFailure ? ["treatment_failure"] : [],
        };
    }

    private static bool? ReductionMet(int? baseline, int? followup, int points) =>
        baseline - followup is { } reduction ? reduction >= points : null;

    // Every component must hold and there must be no treatment failure; a component not assessable leaves it null.
    private static bool? Responder(bool? reductionMet, bool? noBilagWorsening, bool? noPgaWorsening, bool treatmentFailure) =>
        BilagComparison.AllHold(reductionMet, noBilagWorsening, noPgaWorsening) is { } components ? components && !treatmentFailure : null;
}
