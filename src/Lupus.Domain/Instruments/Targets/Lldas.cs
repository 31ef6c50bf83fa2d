using Lupus.Domain.Instruments.Activity;
using Lupus.Domain.Instruments.Core;
using Lupus.Domain.Instruments.Sledai;

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

    /// <summary>
    /// Allocation-free typed entry point: the LLDAS state alone, decided exactly as <c>Evaluate</c> decides it.
    /// </summary>
    /// <returns>The state; null when any input is missing (not assessable) or the PGA lies off the 0-3 scale,
    /// where <c>Evaluate</c> reports the input as invalid.</returns>
    public static bool? IsMet(
        IReadOnlyList<SledaiDescriptor>? sledai2kItemsPresent,
        bool? hemolyticAnemia,
        bool? gastrointestinalActivity,
        bool? newActivitySincePrevious,
        decimal? pga,
        decimal? prednisoneEquivalentMgPerDay,
        bool? immunosuppressantsStandardMaintenanceTolerated,
        bool? onInvestigationalDrug)
    {
        if (!PgaScale.OnScale(pga))
        {
            return null;
        }

        var anyMissing = sledai2kItemsPresent is null || hemolyticAnemia is null || gastrointestinalActivity is null
            || newActivitySincePrevious is null || pga is null || prednisoneEquivalentMgPerDay is null
            || immunosuppressantsStandardMaintenanceTolerated is null || onInvestigationalDrug is null;
        if (anyMissing)
        {
            return null;
        }

        var criteria = Criteria(
            sledai2kItemsPresent, hemolyticAnemia, gastrointestinalActivity, newActivitySincePrevious, pga, prednisoneEquivalentMgPerDay,
            immunosuppressantsStandardMaintenanceTolerated, onInvestigationalDrug);
        return State(anyMissing, criteria);
    }

    protected override InstrumentResult Compute(LldasInput input)
    {
        var missing = new MissingInputs();
        var items = missing.NeedObject(input.Sledai2kItemsPresent, ItemsField.Name);
        var criteria = Criteria(
            items,
            missing.Need(input.HemolyticAnemia, HemolyticAnemiaField.Name),
            missing.Need(input.GastrointestinalActivity, GastrointestinalField.Name),
            missing.Need(input.NewActivitySincePrevious, NewActivityField.Name),
            missing.Need(input.Pga, PgaField.Name),
            missing.Need(input.PrednisoneEquivalentMgPerDay, PrednisoneField.Name),
            missing.Need(input.ImmunosuppressantsStandardMaintenanceTolerated, MaintenanceField.Name),
            missing.Need(input.OnInvestigationalDrug, InvestigationalField.Name));

        return new LldasResult(Info)
        {
            Lldas = State(missing.Any, criteria),
            Sledai2kTotal = items is null ? null : SledaiItems.Total(items),
            Criteria = new LldasCriteria(criteria.Activity, criteria.NoNewActivity, criteria.Pga, criteria.Glucocorticoid, criteria.MaintenanceTherapy),
            Missing = missing.Names,
            Contributions = items is null ? [] : SledaiItems.Contributions(items),
        };
    }

    // Any missing input leaves the state not assessable (specification 0.1 default).
    private static bool? State(bool anyMissing, LldasCriteriaValues c) =>
        anyMissing ? null : ThreeValued.All(c.Activity, c.NoNewActivity, c.Pga, c.Glucocorticoid, c.MaintenanceTherapy);

    private static LldasCriteriaValues Criteria(
        IReadOnlyList<SledaiDescriptor>? items,
        bool? hemolyticAnemia,
        bool? gastrointestinalActivity,
        bool? newActivity,
        decimal? pga,
        decimal? prednisone,
        bool? maintenanceTolerated,
        bool? investigational)
    {
        bool? lowActivity = items is null ? null : SledaiItems.Total(items) <= MaximumSledai2k && !SledaiItems.AnyMajorOrgan(items);
        return new LldasCriteriaValues(
            ThreeValued.All(lowActivity, ThreeValued.Not(hemolyticAnemia), ThreeValued.Not(gastrointestinalActivity)),
            ThreeValued.Not(newActivity),
            ThreeValued.AtMost(pga, MaximumPga),
            ThreeValued.AtMost(prednisone, MaximumPrednisoneMgPerDay),
            ThreeValued.All(maintenanceTolerated, ThreeValued.Not(investigational)));
    }
}
