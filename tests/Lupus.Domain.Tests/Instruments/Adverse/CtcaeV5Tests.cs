using Lupus.Domain.Instruments.Adverse;
using Lupus.Domain.Instruments.Core;
using Lupus.Domain.Tests.Support;

namespace Lupus.Domain.Tests.Instruments.Adverse;

public sealed class CtcaeV5Tests
{
    [Theory]
    [InlineData("37.99", 0)]
    [InlineData("38.0", 1)]
    [InlineData("39.0", 1)]
    [InlineData("39.01", 2)]
    [InlineData("40.0", 2)]
    public void Fever_TemperatureBands_AsWritten(string temperature, int grade)
    {
        Assert.Equal(grade, Grade($$"""{"term": "fever", "max_temperature_c": {{temperature}}}"""));
    }

    [Theory]
    [InlineData("24", 3)]
    [InlineData("24.5", 4)]
    public void Fever_AboveFortyByDuration_ThreeOrFour(string hours, int grade)
    {
        Assert.Equal(grade, Grade($$"""{"term": "fever", "max_temperature_c": 40.01, "hours_above_40_c": {{hours}}}"""));
    }

    [Fact]
    public void Fever_AboveFortyWithoutDuration_NullWithMissing()
    {
        var output = JsonInstrumentRun.Output(CtcaeV5.Instance, """{"term": "fever", "max_temperature_c": 40.5}""");

        Assert.Null(output["grade"]);
        Assert.Equal(["hours_above_40_c"], JsonInstrumentRun.Set(output, "missing"));
    }

    [Fact]
    public void Fever_TemperatureMissing_NullUnlessDeath()
    {
        Assert.Null(Grade("""{"term": "fever"}"""));
        Assert.Equal(5, Grade("""{"term": "fever", "death": true}"""));
    }

    [Theory]
    [InlineData("", 0)]
    [InlineData("\"reaction_present\": true", 1)]
    [InlineData("\"prophylaxis_le_24h_indicated\": true", 2)]
    [InlineData("\"interruption_or_symptomatic_treatment_indicated\": true", 2)]
    [InlineData("\"not_rapidly_responsive\": true", 3)]
    [InlineData("\"recurrence_after_improvement\": true", 3)]
    [InlineData("\"hospitalization_for_sequelae\": true, \"reaction_present\": true", 3)]
    [InlineData("\"life_threatening\": true", 4)]
    [InlineData("\"death\": true, \"life_threatening\": true", 5)]
    public void InfusionRelatedReaction_HighestGradeWhoseConditionHolds(string flags, int grade)
    {
        var separator = flags.Length > 0 ? ", " : string.Empty;

        Assert.Equal(grade, Grade($$"""{"term": "infusion_related_reaction"{{separator}}{{flags}}}"""));
    }

    [Theory]
    [InlineData("\"oral_anti_infective_indicated\": true", 2)]
    [InlineData("\"iv_anti_infective_or_invasive_intervention_indicated\": true", 3)]
    [InlineData("\"life_threatening\": true", 4)]
    [InlineData("\"death\": true", 5)]
    public void Infection_GenericPattern(string flags, int grade)
    {
        Assert.Equal(grade, Grade($$"""{"term": "infection", {{flags}}}"""));
    }

    [Fact]
    public void Infection_NoCondition_NullWithNote()
    {
        var result = JsonInstrumentRun.Result(CtcaeV5.Instance, """{"term": "infection"}""");

        Assert.Null(ResultJson.Of(result)["grade"]);
        Assert.Contains("infection_grade_needs_term_specific_table", result.Notes);
    }

    [Theory]
    [InlineData("", 4)]
    [InlineData(", \"life_threatening\": true", 4)]
    [InlineData(", \"death\": true", 5)]
    public void Sepsis_OnlyGradesFourAndFive(string flags, int grade)
    {
        Assert.Equal(grade, Grade($$"""{"term": "sepsis"{{flags}}}"""));
    }

    [Theory]
    [InlineData("0.9", "38.4", null, 3)]
    [InlineData("0.9", "38.3", null, null)]
    [InlineData("0.9", "38.3", "1", 0)]
    [InlineData("0.9", "38.1", "1.5", 3)]
    [InlineData("1.0", "39", null, 0)]
    public void FebrileNeutropenia_AncAndTemperature(string anc, string temperature, string? hours, int? grade)
    {
        var duration = hours is null ? string.Empty : $", \"hours_at_or_above_38_c\": {hours}";

        Assert.Equal(grade, Grade($$"""{"term": "febrile_neutropenia", "anc_10e9_per_l": {{anc}}, "max_temperature_c": {{temperature}}{{duration}}}"""));
    }

    [Fact]
    public void FebrileNeutropenia_AncMissing_NullUnlessLifeThreatening()
    {
        Assert.Null(Grade("""{"term": "febrile_neutropenia", "max_temperature_c": 39}"""));
        Assert.Equal(4, Grade("""{"term": "febrile_neutropenia", "life_threatening": true}"""));
    }

    [Fact]
    public void Evaluate_VersionReportedWithGrade()
    {
        var output = JsonInstrumentRun.Output(CtcaeV5.Instance, """{"term": "fever", "max_temperature_c": 38.5}""");

        Assert.Equal("5.0", (string?)output["ctcae_version"]);
        Assert.Equal("fever", (string?)output["term"]);
    }

    [Theory]
    [InlineData("""{"max_temperature_c": 38.5}""")]
    [InlineData("""{"term": "allergic_reaction"}""")]
    public void Evaluate_TermMissingOrUnknown_Invalid(string json)
    {
        var result = JsonInstrumentRun.Result(CtcaeV5.Instance, json);

        Assert.False(result.Valid);
        Assert.Equal(InputErrorKind.Invalid, Assert.Single(result.Errors).Kind);
    }

    private static int? Grade(string json) => (int?)JsonInstrumentRun.Output(CtcaeV5.Instance, json)["grade"];
}
