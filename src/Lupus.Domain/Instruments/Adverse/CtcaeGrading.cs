using Lupus.Domain.Instruments.Activity;

namespace Lupus.Domain.Instruments.Adverse;

/// <summary>CTCAE v5.0 grading rules per term (specification 8): the highest grade whose condition holds.</summary>
internal static class CtcaeGrading
{
    /// <summary>Grades <paramref name="input"/>; records missing values and notes; null when the grade cannot be decided.</summary>
    public static int? Grade(CtcaeTerm term, CtcaeInput input, MissingInputs missing, List<string> notes) => term switch
    {
        CtcaeTerm.InfusionRelatedReaction => InfusionRelatedReaction(input),
        CtcaeTerm.Fever => Fever(input, missing),
        CtcaeTerm.Infection => Infection(input, notes),
        CtcaeTerm.Sepsis => Sepsis(input, notes),
        _ => FebrileNeutropenia(input, missing),
    };

    private static int InfusionRelatedReaction(CtcaeInput i) =>
        i.Death ? 5
        : i.LifeThreatening ? 4
        : i.NotRapidlyResponsive || i.RecurrenceAfterImprovement || i.HospitalizationForSequelae ? 3
        : i.InterruptionOrSymptomaticTreatmentIndicated || i.ProphylaxisLe24hIndicated ? 2
        : i.ReactionPresent ? 1
        : 0;

    /// <summary>Fever: &lt; 38.0 none; 38.0-39.0 grade 1; &gt; 39.0-40.0 grade 2; &gt; 40.0 grade 3 for &lt;= 24 h, else 4.</summary>
    private static int? Fever(CtcaeInput i, MissingInputs missing)
    {
        if (i.Death)
        {
            return 5;
        }

        if (missing.Need(i.MaxTemperatureC, "max_temperature_c") is not { } t)
        {
            return null;
        }

        if (t <= 40.0m)
        {
            return t < 38.0m ? 0 : t <= 39.0m ? 1 : 2;
        }

        return missing.Need(i.HoursAbove40C, "hours_above_40_c") is { } hours ? (hours <= 24m ? 3 : 4) : null;
    }

    /// <summary>Generic infection pattern; most terms have no grade 1, so no condition leaves the grade to the term's table.</summary>
    private static int? Infection(CtcaeInput i, List<string> notes)
    {
        int? grade = i.Death ? 5
            : i.LifeThreatening ? 4
            : i.IvAntiInfectiveOrInvasiveInterventionIndicated ? 3
            : i.OralAntiInfectiveIndicated ? 2
            : null;
        if (grade is null)
        {
            notes.Add("infection_grade_needs_term_specific_table");
        }

        return grade;
    }

    /// <summary>Sepsis has only grades 4 (life-threatening) and 5 in v5.0, so any sepsis is at least grade 4.</summary>
    private static int Sepsis(CtcaeInput i, List<string> notes)
    {
        if (!i.Death && !i.LifeThreatening)
        {
            notes.Add("sepsis_v5_has_grades_4_and_5_only");
        }

        return i.Death ? 5 : 4;
    }

    /// <summary>Grade 3: ANC &lt; 1.0 x 10^9/L with a single temperature &gt; 38.3 °C or &gt;= 38 °C sustained over one hour.</summary>
    private static int? FebrileNeutropenia(CtcaeInput i, MissingInputs missing)
    {
        if (i.Death || i.LifeThreatening)
        {
            return i.Death ? 5 : 4;
        }

        if (missing.Need(i.Anc10e9PerL, "anc_10e9_per_l") is not { } anc)
        {
            return null;
        }

        if (anc >= 1.0m)
        {
            return 0;
        }

        bool? singleHigh = i.MaxTemperatureC is { } t ? t > 38.3m : null;
        bool? sustained = i.HoursAtOrAbove38C is { } h ? h > 1m : null;
        var febrile = ThreeValued.Any(singleHigh, sustained);
        if (febrile is null)
        {
            missing.Add(singleHigh is null ? "max_temperature_c" : "hours_at_or_above_38_c");
            return null;
        }

        return febrile.Value ? 3 : 0;
    }
}
