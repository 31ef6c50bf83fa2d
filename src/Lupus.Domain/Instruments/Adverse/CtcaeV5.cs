using Lupus.Domain.Instruments.Activity;
using Lupus.Domain.Instruments.Core;

namespace Lupus.Domain.Instruments.Adverse;

/// <summary>CTCAE v5.0 grading of events around cell infusion: infusion reaction, fever, infection, sepsis, febrile neutropenia.</summary>
/// <remarks>
/// National Cancer Institute. Common Terminology Criteria for Adverse Events (CTCAE) version 5.0, 27 November 2017.
/// Condition flags default to false. The investigator's term and grade are the record; these rules check and
/// suggest the grade, and the version is reported with every grade.
/// </remarks>
public sealed class CtcaeV5 : Instrument<CtcaeInput>
{
    private static readonly SchemaBuilder Builder = new();
    private static readonly CodeField TermField = Builder.Code("term", "infusion_related_reaction", "fever", "infection", "sepsis", "febrile_neutropenia");
    private static readonly BoolField ReactionPresent = Builder.Bool("reaction_present");
    private static readonly BoolField Interruption = Builder.Bool("interruption_or_symptomatic_treatment_indicated");
    private static readonly BoolField Prophylaxis = Builder.Bool("prophylaxis_le_24h_indicated");
    private static readonly BoolField NotRapidlyResponsive = Builder.Bool("not_rapidly_responsive");
    private static readonly BoolField Recurrence = Builder.Bool("recurrence_after_improvement");
    private static readonly BoolField Hospitalization = Builder.Bool("hospitalization_for_sequelae");
    private static readonly BoolField LifeThreatening = Builder.Bool("life_threatening");
    private static readonly BoolField Death = Builder.Bool("death");
    private static readonly BoolField OralAntiInfective = Builder.Bool("oral_anti_infective_indicated");
    private static readonly BoolField IvAntiInfective = Builder.Bool("iv_anti_infective_or_invasive_intervention_indicated");
    private static readonly NumberField MaxTemperature = Builder.Number("max_temperature_c", 25m, 45m);
    private static readonly NumberField HoursAbove40 = Builder.Number("hours_above_40_c", 0m, 10_000m);
    private static readonly NumberField Anc = Builder.Number("anc_10e9_per_l", 0m, 1_000m);
    private static readonly NumberField HoursAtOrAbove38 = Builder.Number("hours_at_or_above_38_c", 0m, 10_000m);
    private static readonly InputSchema FieldSchema = Builder.Build();

    public static CtcaeV5 Instance { get; } = new();

    public override InstrumentInfo Info { get; } = new(
        "ctcae_v5",
        "CTCAE v5.0 grading (infusion reaction, fever, infection)",
        "CTCAE v5.0",
        "National Cancer Institute. Common Terminology Criteria for Adverse Events (CTCAE) version 5.0. US Department of Health and Human Services, 27 November 2017.",
        Verification.TwoSources);

    public override InputSchema Schema => FieldSchema;

    public override IReadOnlyList<string> ScalarOutputs => CtcaeResult.ScalarKeys;

    protected override CtcaeInput Bind(InputRecord record) => new()
    {
        Term = record.Get(TermField) switch
        {
            "infusion_related_reaction" => CtcaeTerm.InfusionRelatedReaction,
            "fever" => CtcaeTerm.Fever,
            "infection" => CtcaeTerm.Infection,
            "sepsis" => CtcaeTerm.Sepsis,
            "febrile_neutropenia" => CtcaeTerm.FebrileNeutropenia,
            _ => null,
        },
        ReactionPresent = record.Get(ReactionPresent) ?? false,
        InterruptionOrSymptomaticTreatmentIndicated = record.Get(Interruption) ?? false,
        ProphylaxisLe24hIndicated = record.Get(Prophylaxis) ?? false,
        NotRapidlyResponsive = record.Get(NotRapidlyResponsive) ?? false,
        RecurrenceAfterImprovement = record.Get(Recurrence) ?? false,
        HospitalizationForSequelae = record.Get(Hospitalization) ?? false,
        LifeThreatening = record.Get(LifeThreatening) ?? false,
        Death = record.Get(Death) ?? false,
        OralAntiInfectiveIndicated = record.Get(OralAntiInfective) ?? false,
        IvAntiInfectiveOrInvasiveInterventionIndicated = record.Get(IvAntiInfective) ?? false,
        MaxTemperatureC = record.Get(MaxTemperature),
        HoursAbove40C = record.Get(HoursAbove40),
        Anc10e9PerL = record.Get(Anc),
        HoursAtOrAbove38C = record.Get(HoursAtOrAbove38),
    };

    protected override void Validate(CtcaeInput input, List<InputError> errors)
    {
        if (input.Term is null)
        {
            errors.Add(new InputError(TermField.Name, "is required: " + TermField.Expected));
        }
    }

    protected override InstrumentResult Compute(CtcaeInput input)
    {
        var term = input.Term ?? throw new ArgumentException("The term is required.", nameof(input));
        var missing = new MissingInputs();
        var notes = new List<string>();
        var grade = CtcaeGrading.Grade(term, input, missing, notes);
        return new CtcaeResult(Info)
        {
            // The term codes are declared in CtcaeTerm order.
            Term = TermField.Allowed[(int)term],
            Grade = grade,
            Missing = missing.Names,
            Notes = notes,
        };
    }
}
