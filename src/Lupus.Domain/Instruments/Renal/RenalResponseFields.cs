using Lupus.Domain.Instruments.Core;

namespace Lupus.Domain.Instruments.Renal;

/// <summary>The renal response input fields (specification 4.1), declared on a builder.</summary>
/// <remarks>Physical ranges reject impossible values (negative protein or eGFR); clinical limits are checked later.</remarks>
public sealed class RenalResponseFields
{
    public RenalResponseFields(SchemaBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        Definition = builder.Code("definition", "eular_eraedta_2019", "kdigo_2021", "kdigo_2024");
        BaselineUpcrGPerG = builder.Number("baseline_upcr_g_per_g", 0m, 100m);
        FollowupUpcrGPerG = builder.Number("followup_upcr_g_per_g", 0m, 100m);
        BaselineUpcrMgPerMmol = builder.Number("baseline_upcr_mg_per_mmol", 0m, 10_000m);
        FollowupUpcrMgPerMmol = builder.Number("followup_upcr_mg_per_mmol", 0m, 10_000m);
        BaselineGPer24h = builder.Number("baseline_proteinuria_g_per_24h", 0m, 100m);
        FollowupGPer24h = builder.Number("followup_proteinuria_g_per_24h", 0m, 100m);
        BaselineEgfr = builder.Number("baseline_egfr_ml_min_173m2", 0m, 500m);
        FollowupEgfr = builder.Number("followup_egfr_ml_min_173m2", 0m, 500m);
        EgfrNormalReference = builder.Number("egfr_normal_reference_ml_min_173m2", 0m, 500m);
        EgfrTolerance = builder.Number("egfr_tolerance", 0m, 1m);
        CompleteThreshold = builder.Number("complete_response_threshold_g", 0m, 100m);
        SubnephroticThreshold = builder.Number("subnephrotic_threshold_g", 0m, 100m);
        RescueTherapy = builder.Bool("rescue_therapy");
        Months = builder.Number("months_from_treatment_start", 0m, 1_200m);
    }

    public CodeField Definition { get; }

    public NumberField BaselineUpcrGPerG { get; }

    public NumberField FollowupUpcrGPerG { get; }

    public NumberField BaselineUpcrMgPerMmol { get; }

    public NumberField FollowupUpcrMgPerMmol { get; }

    public NumberField BaselineGPer24h { get; }

    public NumberField FollowupGPer24h { get; }

    public NumberField BaselineEgfr { get; }

    public NumberField FollowupEgfr { get; }

    public NumberField EgfrNormalReference { get; }

    public NumberField EgfrTolerance { get; }

    public NumberField CompleteThreshold { get; }

    public NumberField SubnephroticThreshold { get; }

    public BoolField RescueTherapy { get; }

    public NumberField Months { get; }

    /// <summary>Reads a record into a typed input; <c>kdigo_2024</c> is an alias of <c>kdigo_2021</c>.</summary>
    public RenalResponseInput Bind(InputRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var code = record.Get(Definition);
        return new RenalResponseInput
        {
            DefinitionCode = code,
            Definition = code switch
            {
                "eular_eraedta_2019" => RenalDefinition.EularEraEdta2019,
                "kdigo_2021" or "kdigo_2024" => RenalDefinition.Kdigo2021,
                _ => null,
            },
            Proteinuria =
            [
                new(ProteinuriaUnit.UpcrGramsPerGram, record.Get(BaselineUpcrGPerG), record.Get(FollowupUpcrGPerG)),
                new(ProteinuriaUnit.UpcrMilligramsPerMillimole, record.Get(BaselineUpcrMgPerMmol), record.Get(FollowupUpcrMgPerMmol)),
                new(ProteinuriaUnit.GramsPer24h, record.Get(BaselineGPer24h), record.Get(FollowupGPer24h)),
            ],
            BaselineEgfrMlMin173m2 = record.Get(BaselineEgfr),
            FollowupEgfrMlMin173m2 = record.Get(FollowupEgfr),
            EgfrNormalReferenceMlMin173m2 = record.Get(EgfrNormalReference),
            EgfrTolerance = record.Get(EgfrTolerance),
            CompleteResponseThresholdG = record.Get(CompleteThreshold),
            SubnephroticThresholdG = record.Get(SubnephroticThreshold),
            RescueTherapy = record.Get(RescueTherapy) ?? false,
            MonthsFromTreatmentStart = record.Get(Months),
        };
    }
}
