using Lupus.Domain.Instruments.Core;

namespace Lupus.Domain.Instruments.Sledai;

/// <summary>SELENA-SLEDAI: the SLEDAI version of the SELENA trials; same descriptors and weights, stricter wording.</summary>
/// <remarks>
/// Petri M, et al. N Engl J Med 2005;353:2550-2558. Rash, alopecia and ulcers score only when new or recurrent;
/// proteinuria only when new or increased by more than 0.5 g/24 h; arthritis needs more than 2 joints; serositis
/// needs any one finding; scleritis/episcleritis and lupus vertigo count; Farr binding above 25% counts.
/// </remarks>
public sealed class SelenaSledai : Instrument<SledaiVisitInput>
{
    private static readonly SchemaBuilder Builder = new();
    private static readonly SledaiFields Fields = new(Builder);
    private static readonly InputSchema FieldSchema = Builder.Build();

    public static SelenaSledai Instance { get; } = new();

    public override InstrumentInfo Info { get; } = new(
        "selena_sledai",
        "SELENA-SLEDAI",
        "SELENA-SLEDAI (SELENA trial version), 10-day window",
        "Petri M, Kim MY, Kalunian KC, et al. Combined oral contraceptives in women with systemic lupus erythematosus. N Engl J Med 2005;353:2550-2558.",
        Verification.Reconstructed);

    public override InputSchema Schema => FieldSchema;

    public override IReadOnlyList<string> ScalarOutputs => SledaiResult.ScalarKeys;

    protected override SledaiVisitInput Bind(InputRecord record) => Fields.Bind(record);

    protected override void Validate(SledaiVisitInput input, List<InputError> errors) => Sledai2k.ValidateWindow(input, errors);

    protected override InstrumentResult Compute(SledaiVisitInput input) =>
        SledaiResult.Summarise(Info, SelenaRules.Resolve(input), input.MissingPolicy, input.WindowDays);
}
