using Lupus.Domain.Instruments.Activity;
using Lupus.Domain.Instruments.Core;

namespace Lupus.Domain.Instruments.Targets;

/// <summary>Lupus Low Disease Activity State: five criteria, all limits inclusive.</summary>
/// <remarks>
/// Franklyn K, Lau CS, Navarra SV, et al. Definition and initial validation of a Lupus Low Disease Activity State
/// (LLDAS). Ann Rheum Dis 2016;75:1615-1621. Serological activity alone (4 points) is compatible with LLDAS; any
/// major-organ descriptor is not. Any missing input leaves <c>lldas</c> not assessable; each criterion is still
/// reported when its own inputs decide it.
/// </remarks>
public sealed class Lldas : Instrument<LldasInput>
{
    /// <summary>Highest SLEDAI-2K compatible with LLDAS (inclusive).</summary>
    public const int MaximumSledai2k = 4;

    /// <summary>Highest PGA compatible with LLDAS (inclusive).</summary>
    public const decimal MaximumPga = 1.0m;

    /// <summary>Highest prednisone-equivalent dose compatible with LLDAS, mg/day (inclusive).</summary>
    public const decimal MaximumPrednisoneMgPerDay = 7.5m;

    private static readonly SchemaBuilder Builder = new();
    private static readonly CodeListField ItemsField = SledaiItems.Declare(Builder);
    private static readonly BoolField HemolyticAnemiaField = Builder.Bool("hemolytic_anemia");
    private static readonly BoolField GastrointestinalField = Builder.Bool("gastrointestinal_activity");
    private static readonly BoolField NewActivityField = Builder.Bool("new_activity_since_previous");
    private static readonly NumberField PgaField = PgaScale.Declare(Builder, "pga");
    private static readonly NumberField PrednisoneField = Builder.Number("prednisone_equivalent_mg_per_day", 0m, 10_000m);
    private static readonly BoolField MaintenanceField = Builder.Bool("immunosuppressants_standard_maintenance_tolerated");
    private static readonly BoolField InvestigationalField = Builder.Bool("on_investigational_drug");
    private static readonly InputSchema FieldSchema = Builder.Build();

    public static Lldas Instance { get; } = new();

    public override InstrumentInfo Info { get; } = new(
        "lldas",
        "Lupus Low Disease Activity State (LLDAS)",
        "LLDAS (Franklyn 2016)",
        "Franklyn K, Lau CS, Navarra SV, et al. Definition and initial validation of a Lupus Low Disease Activity State (LLDAS). Ann Rheum Dis 2016;75:1615-1621.",
        Verification.TwoSources);

    public override InputSchema Schema => FieldSchema;

    public override IReadOnlyList<string> ScalarOutputs => LldasResult.ScalarKeys;

    protected override LldasInput Bind(InputRecord record) => new()
    {
        Sledai2kItemsPresent = SledaiItems.Parse(record.Get(ItemsField)),
        HemolyticAnemia = record.Get(HemolyticAnemiaField),
        GastrointestinalActivity = record.Get(GastrointestinalField),
        NewActivitySincePrevious = record.Get(NewActivityField),
        Pga = record.Get(PgaField),
        PrednisoneEquivalentMgPerDay = record.Get(PrednisoneField),
        ImmunosuppressantsStandardMaintenanceTolerated = record.Get(MaintenanceField),
        OnInvestigationalDrug = record.Get(InvestigationalField),
    };

    protected override void Validate(LldasInput input, List<InputError> errors) => PgaScale.Validate(PgaField.Name, input.Pga, errors);

    protected override InstrumentResult Compute(LldasInput input)
    {
        var missing = new MissingInputs();
        var items = missing.NeedObject(input.Sledai2kItemsPresent, ItemsField.Name);
        int? total = items is null ? null : SledaiItems.Total(items);
        bool? lowActivity = items is null ? null : total <= MaximumSledai2k && !SledaiItems.AnyMajorOrgan(items);
        var activity = ThreeValued.All(
            lowActivity,
            ThreeValued.Not(missing.Need(input.HemolyticAnemia, HemolyticAnemiaField.Name)),
            ThreeValued.Not(missing.Need(input.GastrointestinalActivity, GastrointestinalField.Name)));
        var noNewActivity = ThreeValued.Not(missing.Need(input.NewActivitySincePrevious, NewActivityField.Name));
        var pga = ThreeValued.AtMost(missing.Need(input.Pga, PgaField.Name), MaximumPga);
        var glucocorticoid = ThreeValued.AtMost(missing.Need(input.PrednisoneEquivalentMgPerDay, PrednisoneField.Name), MaximumPrednisoneMgPerDay);
        var maintenance = ThreeValued.All(
            missing.Need(input.ImmunosuppressantsStandardMaintenanceTolerated, MaintenanceField.Name),
            ThreeValued.Not(missing.Need(input.OnInvestigationalDrug, InvestigationalField.Name)));
        var criteria = new LldasCriteria(activity, noNewActivity, pga, glucocorticoid, maintenance);

        return new LldasResult(Info)
        {
            // Any missing input leaves the state not assessable (specification 0.1 default).
            Lldas = missing.Any ? null : ThreeValued.All(activity, noNewActivity, pga, glucocorticoid, maintenance),
            Sledai2kTotal = total,
            Criteria = criteria,
            Missing = missing.Names,
            Contributions = items is null ? [] : SledaiItems.Contributions(items),
        };
    }
}
