using Lupus.Domain.Instruments.Core;

namespace Lupus.Domain.Instruments.Damage;

/// <summary>SLICC/ACR Damage Index: 41 items of irreversible damage in 12 domains, whatever the cause; range 0-47.</summary>
/// <remarks>
/// Gladman D, Ginzler E, Goldsmith C, et al. Arthritis Rheum 1996;39:363-369. Items score 0 or 1; stroke, myocardial
/// infarction, significant tissue loss, GI infarction or resection, avascular necrosis and malignancy score 2 for a
/// second event or site; end-stage renal disease scores the renal domain 3 in place of its other items. An omitted
/// item is 0, but a form with no item given at all is a missing assessment: total and domain scores are null. Scores are integers: a non-integer is malformed input (wrong type), an integer outside the item's
/// allowed set makes the result invalid, naming the item.
/// </remarks>
public sealed class Sdi : Instrument<SdiInput>
{
    private static readonly SchemaBuilder Builder = new();

    // The physical range is every integer: the clinical set (0-1 or 0-2) is checked in Validate, so an
    // out-of-set score gives valid:false instead of aborting a batch.
    private static readonly IntegerField[] Fields =
        SdiItems.All.Select(i => Builder.WholeNumber(i.Key, int.MinValue, int.MaxValue)).ToArray();

    private static readonly InputSchema FieldSchema = Builder.Build();

    public static Sdi Instance { get; } = new();

    public override InstrumentInfo Info { get; } = new(
        "sdi",
        "SLICC/ACR Damage Index",
        "SDI (1996)",
        "Gladman D, Ginzler E, Goldsmith C, et al. The development and initial validation of the Systemic Lupus International Collaborating Clinics/American College of Rheumatology damage index for systemic lupus erythematosus. Arthritis Rheum 1996;39:363-369.",
        Verification.TwoSources);

    public override InputSchema Schema => FieldSchema;

    public override IReadOnlyList<string> ScalarOutputs => SdiResult.ScalarKeys;

    protected override SdiInput Bind(InputRecord record) =>
        new(Array.ConvertAll(Fields, f => record.Get(f) ?? 0)) { Completed = !record.IsEmpty };

    protected override void Validate(SdiInput input, List<InputError> errors) => SdiScoring.Validate(input, errors);

    protected override InstrumentResult Compute(SdiInput input) => SdiScoring.Score(Info, input);
}
