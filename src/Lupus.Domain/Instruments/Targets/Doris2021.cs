using Lupus.Domain.Instruments.Activity;
using Lupus.Domain.Instruments.Core;
using Lupus.Domain.Instruments.Sledai;

namespace Lupus.Domain.Instruments.Targets;

/// <summary>DORIS 2021 remission: clinical SLEDAI-2K 0, PGA &lt; 0.5, prednisone &lt;= 5 mg/day, stable maintenance.</summary>
/// <remarks>
/// van Vollenhoven RF, Bertsias G, Doria A, et al. 2021 DORIS definition of remission in SLE. Lupus Sci Med
/// 2021;8:e000538. Serology may be active. The abstract's "5 mg/day or less" is used (the table says "&lt; 5");
/// the PGA limit is strict (the 2017 framework's "&lt;= 0.5" is not implemented).
/// </remarks>
public sealed class Doris2021 : Instrument<DorisInput>
{
    /// <summary>PGA must be strictly below this value.</summary>
    public const decimal PgaStrictLimit = 0.5m;

    /// <summary>Highest prednisone-equivalent dose in remission, mg/day (inclusive).</summary>
    public const decimal MaximumPrednisoneMgPerDay = 5m;

    private static readonly SchemaBuilder Builder = new();
    private static readonly CodeListField ItemsField = SledaiItems.Declare(Builder);
    private static readonly NumberField PgaField = PgaScale.Declare(Builder, "pga");
    private static readonly NumberField PrednisoneField = Builder.Number("prednisone_equivalent_mg_per_day", 0m, 10_000m);
    private static readonly BoolField StableField = Builder.Bool("stable_maintenance_therapy");
    private static readonly InputSchema FieldSchema = Builder.Build();

    public static Doris2021 Instance { get; } = new();

    public override InstrumentInfo Info { get; } = new(
        "doris2021",
        "DORIS 2021 definition of remission",
        "DORIS 2021",
        "van Vollenhoven RF, Bertsias G, Doria A, et al. 2021 DORIS definition of remission in SLE: final recommendations from an international task force. Lupus Sci Med 2021;8:e000538.",
        Verification.TwoSources);

    public override InputSchema Schema => FieldSchema;

    public override IReadOnlyList<string> ScalarOutputs => DorisResult.ScalarKeys;

    protected override DorisInput Bind(InputRecord record) => new()
    {
        Sledai2kItemsPresent = SledaiItems.Parse(record.Get(ItemsField)),
        Pga = record.Get(PgaField),
        PrednisoneEquivalentMgPerDay = record.Get(PrednisoneField),
        StableMaintenanceTherapy = record.Get(StableField),
    };

    protected override void Validate(DorisInput input, List<InputError> errors) => PgaScale.Validate(PgaField.Name, input.Pga, errors);

    /// <summary>
    /// Allocation-free typed entry point: the remission status alone, decided exactly as <c>Evaluate</c> decides it.
    /// </summary>
    /// <returns>The status; null when any input is missing (not assessable) or the PGA lies off the 0-3 scale,
    /// where <c>Evaluate</c> reports the input as invalid.</returns>
    public static bool? IsRemission(
        IReadOnlyList<SledaiDescriptor>? sledai2kItemsPresent, decimal? pga, decimal? prednisoneEquivalentMgPerDay, bool? stableMaintenanceTherapy)
    {
        if (!PgaScale.OnScale(pga))
        {
            return null;
        }

        var anyMissing = sledai2kItemsPresent is null || pga is null || prednisoneEquivalentMgPerDay is null || stableMaintenanceTherapy is null;
        return Remission(anyMissing, sledai2kItemsPresent is null ? null : SledaiItems.ClinicalTotal(sledai2kItemsPresent), pga, prednisoneEquivalentMgPerDay, stableMaintenanceTherapy);
    }

    protected override InstrumentResult Compute(DorisInput input)
    {
        var missing = new MissingInputs();
        var items = missing.NeedObject(input.Sledai2kItemsPresent, ItemsField.Name);
        int? clinical = items is null ? null : SledaiItems.ClinicalTotal(items);
        var pga = missing.Need(input.Pga, PgaField.Name);
        var prednisone = missing.Need(input.PrednisoneEquivalentMgPerDay, PrednisoneField.Name);
        var stable = missing.Need(input.StableMaintenanceTherapy, StableField.Name);

        return new DorisResult(Info)
        {
            Remission = Remission(missing.Any, clinical, pga, prednisone, stable),
            ClinicalSledai2k = clinical,
            Missing = missing.Names,
            Contributions = items is null ? [] : SledaiItems.Contributions(items),
        };
    }

    // Any missing input leaves remission not assessable (specification 0.1 default), even when another criterion fails.
    private static bool? Remission(bool anyMissing, int? clinicalSledai2k, decimal? pga, decimal? prednisone, bool? stable) =>
        anyMissing ? null : ThreeValued.All(
            clinicalSledai2k is { } c ? c == 0 : null,
            ThreeValued.Below(pga, PgaStrictLimit),
            ThreeValued.AtMost(prednisone, MaximumPrednisoneMgPerDay),
            stable);
}
