using Lupus.Domain.Instruments.Core;

namespace Lupus.Domain.Instruments.Sledai;

/// <summary>SLEDAI-2K: weighted count of 24 descriptors over a 10-day (or validated 30-day) window; range 0-105.</summary>
/// <remarks>
/// Gladman DD, Ibañez D, Urowitz MB. J Rheumatol 2002;29:288-291; 30-day window: Touma Z, et al. Lupus 2010;19:49-51.
/// Rash, alopecia, mucosal ulcers and proteinuria score when persisting. Arthritis needs at least 2 joints.
/// Spot UPCR above 0.5 g/g stands in for 24-h proteinuria when no 24-h value exists, with a note.
/// </remarks>
public sealed class Sledai2k : Instrument<SledaiVisitInput>
{
    private static readonly SchemaBuilder Builder = new();
    private static readonly SledaiFields Fields = new(Builder);
    private static readonly InputSchema FieldSchema = Builder.Build();

    public static Sledai2k Instance { get; } = new();

    public override InstrumentInfo Info { get; } = new(
        "sledai2k",
        "SLEDAI-2K",
        "SLEDAI-2K (2002), 10- or 30-day window",
        "Gladman DD, Ibañez D, Urowitz MB. Systemic lupus erythematosus disease activity index 2000. J Rheumatol 2002;29:288-291.",
        Verification.TwoSources);

    public override InputSchema Schema => FieldSchema;

    public override IReadOnlyList<string> ScalarOutputs => SledaiResult.ScalarKeys;

    protected override SledaiVisitInput Bind(InputRecord record) => Fields.Bind(record);

    protected override void Validate(SledaiVisitInput input, List<InputError> errors) => ValidateWindow(input, errors);

    protected override InstrumentResult Compute(SledaiVisitInput input) =>
        SledaiResult.Summarise(Info, SledaiRules.ResolveSledai2k(input), input.MissingPolicy, input.WindowDays);

    internal static void ValidateWindow(SledaiVisitInput input, List<InputError> errors)
    {
        if (input.WindowDays is not (10 or 30))
        {
            errors.Add(new InputError("window_days", $"must be 10 or 30, got {input.WindowDays}"));
        }

        if (input.Direct.Count != SledaiDescriptors.Count)
        {
            errors.Add(new InputError("descriptors", $"must hold {SledaiDescriptors.Count} descriptor values"));
        }
    }
}
