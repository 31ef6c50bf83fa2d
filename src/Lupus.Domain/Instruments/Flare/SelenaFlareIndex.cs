using Lupus.Domain.Instruments.Activity;
using Lupus.Domain.Instruments.Core;

namespace Lupus.Domain.Instruments.Flare;

/// <summary>SELENA-SLEDAI Flare Index ("classic"): no flare, mild/moderate flare or severe flare since the previous assessment.</summary>
/// <remarks>
/// Petri M, Buyon J, Kim M. Classification and definition of major flares in SLE clinical trials. Lupus
/// 1999;8:685-691; Petri M, et al. N Engl J Med 2005;353:2550-2558. "Change to &gt; 12" is read as "increased and
/// now above 12". Every input is needed; when one is missing the category is not assessable.
/// </remarks>
public sealed class SelenaFlareIndex : Instrument<SelenaFlareInput>
{
    private static readonly SchemaBuilder Builder = new();
    private static readonly IntegerField SledaiPreviousField = Builder.WholeNumber("selena_sledai_previous", 0, 105);
    private static readonly IntegerField SledaiCurrentField = Builder.WholeNumber("selena_sledai_current", 0, 105);
    private static readonly NumberField PrednisonePreviousField = Builder.Number("prednisone_equivalent_mg_per_day_previous", 0m, 10_000m);
    private static readonly NumberField PrednisoneCurrentField = Builder.Number("prednisone_equivalent_mg_per_day_current", 0m, 10_000m);
    private static readonly NumberField WeightField = Builder.Number("weight_kg", 0.5m, 700m);
    private static readonly NumberField PgaPreviousField = PgaScale.Declare(Builder, "pga_previous");
    private static readonly NumberField PgaCurrentField = PgaScale.Declare(Builder, "pga_current");
    private static readonly CodeListField MildField = Builder.CodeList(
        "mild_features_new_or_worse",
        "discoid", "photosensitive_rash", "lupus_profundus", "cutaneous_vasculitis", "bullous_lupus", "nasopharyngeal_ulcers",
        "pleuritis", "pericarditis", "arthritis", "fever");

    private static readonly CodeListField SevereField = Builder.CodeList(
        "severe_features_new_or_worse", "cns_sle", "vasculitis", "nephritis", "myositis", "platelets_lt_60", "hemolytic_anemia");

    private static readonly BoolField NsaidField = Builder.Bool("added_nsaid_or_hydroxychloroquine");
    private static readonly BoolField ImmunosuppressantField = Builder.Bool("new_immunosuppressant");
    private static readonly BoolField HospitalizedField = Builder.Bool("hospitalized_for_sle");
    private static readonly InputSchema FieldSchema = Builder.Build();

    public static SelenaFlareIndex Instance { get; } = new();

    public override InstrumentInfo Info { get; } = new(
        "selena_flare_index",
        "SELENA-SLEDAI Flare Index (SFI)",
        "SFI classic (SELENA trial)",
        "Petri M, Buyon J, Kim M. Classification and definition of major flares in SLE clinical trials. Lupus 1999;8:685-691.",
        Verification.TwoSources);

    public override InputSchema Schema => FieldSchema;

    public override IReadOnlyList<string> ScalarOutputs => SelenaFlareResult.ScalarKeys;

    protected override SelenaFlareInput Bind(InputRecord record) => new()
    {
        SelenaSledaiPrevious = record.Get(SledaiPreviousField),
        SelenaSledaiCurrent = record.Get(SledaiCurrentField),
        PrednisoneEquivalentMgPerDayPrevious = record.Get(PrednisonePreviousField),
        PrednisoneEquivalentMgPerDayCurrent = record.Get(PrednisoneCurrentField),
        WeightKg = record.Get(WeightField),
        PgaPrevious = record.Get(PgaPreviousField),
        PgaCurrent = record.Get(PgaCurrentField),
        MildFeaturesNewOrWorse = record.Get(MildField),
        SevereFeaturesNewOrWorse = record.Get(SevereField),
        AddedNsaidOrHydroxychloroquine = record.Get(NsaidField),
        NewImmunosuppressant = record.Get(ImmunosuppressantField),
        HospitalizedForSle = record.Get(HospitalizedField),
    };

    protected override void Validate(SelenaFlareInput input, List<InputError> errors)
    {
        PgaScale.Validate(PgaPreviousField.Name, input.PgaPrevious, errors);
        PgaScale.Validate(PgaCurrentField.Name, input.PgaCurrent, errors);
    }

    protected override InstrumentResult Compute(SelenaFlareInput input)
    {
        var missing = new MissingInputs();
        missing.Need(input.SelenaSledaiPrevious, SledaiPreviousField.Name);
        missing.Need(input.SelenaSledaiCurrent, SledaiCurrentField.Name);
        missing.Need(input.PrednisoneEquivalentMgPerDayPrevious, PrednisonePreviousField.Name);
        missing.Need(input.PrednisoneEquivalentMgPerDayCurrent, PrednisoneCurrentField.Name);
        missing.Need(input.WeightKg, WeightField.Name);
        missing.Need(input.PgaPrevious, PgaPreviousField.Name);
        missing.Need(input.PgaCurrent, PgaCurrentField.Name);
        missing.NeedObject(input.MildFeaturesNewOrWorse, MildField.Name);
        missing.NeedObject(input.SevereFeaturesNewOrWorse, SevereField.Name);
        missing.Need(input.AddedNsaidOrHydroxychloroquine, NsaidField.Name);
        missing.Need(input.NewImmunosuppressant, ImmunosuppressantField.Name);
        missing.Need(input.HospitalizedForSle, HospitalizedField.Name);
        if (missing.Any)
        {
            return new SelenaFlareResult(Info) { Missing = missing.Names };
        }

        var (category, triggers) = SelenaFlareRules.Classify(input);
        return new SelenaFlareResult(Info) { Category = category, Triggers = triggers };
    }
}
