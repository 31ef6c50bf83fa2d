namespace Lupus.Domain.Instruments.Adverse;

/// <summary>One adverse event to grade under CTCAE v5.0; condition flags default to false (specification 0.1).</summary>
public sealed record CtcaeInput
{
    /// <summary>The CTCAE term; required.</summary>
    public CtcaeTerm? Term { get; init; }

    /// <summary>Infusion reaction present (grade 1: mild, transient, no intervention).</summary>
    public bool ReactionPresent { get; init; }

    /// <summary>Infusion interrupted, prompt response to symptomatic treatment (grade 2).</summary>
    public bool InterruptionOrSymptomaticTreatmentIndicated { get; init; }

    /// <summary>Prophylactic medication for 24 h or less (grade 2).</summary>
    public bool ProphylaxisLe24hIndicated { get; init; }

    /// <summary>Prolonged reaction not rapidly relieved (grade 3).</summary>
    public bool NotRapidlyResponsive { get; init; }

    /// <summary>Symptoms recur after initial improvement (grade 3).</summary>
    public bool RecurrenceAfterImprovement { get; init; }

    /// <summary>Hospitalisation needed for clinical sequelae (grade 3).</summary>
    public bool HospitalizationForSequelae { get; init; }

    /// <summary>Life-threatening consequences, urgent intervention needed (grade 4).</summary>
    public bool LifeThreatening { get; init; }

    /// <summary>Death related to the event (grade 5).</summary>
    public bool Death { get; init; }

    /// <summary>Oral anti-infective (or local intervention) indicated (infection grade 2).</summary>
    public bool OralAntiInfectiveIndicated { get; init; }

    /// <summary>IV anti-infective or radiological, endoscopic or operative intervention indicated (infection grade 3).</summary>
    public bool IvAntiInfectiveOrInvasiveInterventionIndicated { get; init; }

    /// <summary>Highest temperature, °C.</summary>
    public decimal? MaxTemperatureC { get; init; }

    /// <summary>Hours with temperature above 40.0 °C (fever grades 3-4).</summary>
    public decimal? HoursAbove40C { get; init; }

    /// <summary>Absolute neutrophil count, 10^9/L (febrile neutropenia).</summary>
    public decimal? Anc10e9PerL { get; init; }

    /// <summary>Hours of sustained temperature at or above 38 °C (febrile neutropenia: more than one hour).</summary>
    public decimal? HoursAtOrAbove38C { get; init; }
}
