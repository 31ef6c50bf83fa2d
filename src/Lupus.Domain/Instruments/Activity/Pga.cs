using Lupus.Domain.Instruments.Core;

namespace Lupus.Domain.Instruments.Activity;

/// <summary>Physician Global Assessment (SELENA PGA): a 0-3 line anchored none, mild, moderate, severe.</summary>
/// <remarks>
/// Petri M, Kim MY, Kalunian KC, et al. N Engl J Med 2005;353:2550-2558 (SELENA instrument).
/// Valid only for 0 &lt;= PGA &lt;= 3; values off the scale are rejected, never clipped.
/// </remarks>
public sealed class Pga : Instrument<PgaInput>
{
    private static readonly SchemaBuilder Builder = new();
    private static readonly NumberField PgaField = PgaScale.Declare(Builder, "pga");
    private static readonly InputSchema FieldSchema = Builder.Build();

    public static Pga Instance { get; } = new();

    public override InstrumentInfo Info { get; } = new(
        "pga",
        "Physician Global Assessment (SELENA PGA)",
        "SELENA PGA, 0-3 scale",
        "Petri M, Kim MY, Kalunian KC, et al. Combined oral contraceptives in women with systemic lupus erythematosus. N Engl J Med 2005;353:2550-2558.",
        Verification.TwoSources);

    public override InputSchema Schema => FieldSchema;

    public override IReadOnlyList<string> ScalarOutputs => PgaResult.ScalarKeys;

    protected override PgaInput Bind(InputRecord record) => new(record.Get(PgaField));

    protected override void Validate(PgaInput input, List<InputError> errors) => PgaScale.Validate(PgaField.Name, input.Pga, errors);

    protected override InstrumentResult Compute(PgaInput input) => new PgaResult(Info)
    {
        Pga = input.Pga,
        Missing = input.Pga is null ? [PgaField.Name] : [],
    };
}
