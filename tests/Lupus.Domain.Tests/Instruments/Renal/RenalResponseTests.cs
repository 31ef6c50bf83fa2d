using System.Text.Json.Nodes;
using Lupus.Domain.Instruments.Core;
using Lupus.Domain.Instruments.Renal;
using Lupus.Domain.Tests.Support;

namespace Lupus.Domain.Tests.Instruments.Renal;

public sealed class RenalResponseTests
{
    [Theory]
    [InlineData("0.49", "complete")]
    [InlineData("0.5", "partial")]
    public void Eular_FollowupAtCompleteThreshold_IsStrict(string followup, string expected)
    {
        var output = Eular($""" "baseline_upcr_g_per_g": 4.0, "followup_upcr_g_per_g": {followup}, "followup_egfr_ml_min_173m2": 95 """);

        Assert.Equal(expected, (string?)output["response"]);
    }

    [Theory]
    [InlineData("81", true)]
    [InlineData("80.99", false)]
    public void Eular_EgfrAtNinetyPercentOfNormal_IsInclusive(string egfr, bool met)
    {
        var output = Eular($""" "baseline_upcr_g_per_g": 2.0, "followup_upcr_g_per_g": 0.2, "followup_egfr_ml_min_173m2": {egfr} """);

        Assert.Equal(met, (bool?)output["gfr_criterion_met"]);
        Assert.Equal(met ? "complete" : "none", (string?)output["response"]);
    }

    [Fact]
    public void Eular_CustomNormalReference_ScalesGfrCriterion()
    {
        var output = Eular(""" "baseline_upcr_g_per_g": 2.0, "followup_upcr_g_per_g": 0.2, "followup_egfr_ml_min_173m2": 89.9, "egfr_normal_reference_ml_min_173m2": 100 """);

        Assert.False((bool?)output["gfr_criterion_met"]);
    }

    [Theory]
    [InlineData("0.69", "complete")]
    [InlineData("0.7", "partial")]
    public void Eular_CompleteThresholdParameter_IsStrict(string followup, string expected)
    {
        var output = Eular($""" "baseline_upcr_g_per_g": 4.0, "followup_upcr_g_per_g": {followup}, "followup_egfr_ml_min_173m2": 95, "complete_response_threshold_g": 0.7 """);

        Assert.Equal(expected, (string?)output["response"]);
    }

    [Theory]
    [InlineData("2.0", "partial", 50.0)]
    [InlineData("2.01", "none", 49.8)]
    public void Eular_ReductionOfExactlyFiftyPercent_IsPartial(string followup, string expected, double percent)
    {
        var output = Eular($""" "baseline_upcr_g_per_g": 4.0, "followup_upcr_g_per_g": {followup}, "followup_egfr_ml_min_173m2": 95 """);

        Assert.Equal(expected, (string?)output["response"]);
        Assert.Equal((decimal)percent, (decimal?)output["proteinuria_reduction_percent"]);
    }

    [Theory]
    [InlineData("3.49", "partial")]
    [InlineData("3.5", "none")]
    public void Eular_SubnephroticThreshold_IsStrict(string followup, string expected)
    {
        var output = Eular($""" "baseline_upcr_g_per_g": 8.0, "followup_upcr_g_per_g": {followup}, "followup_egfr_ml_min_173m2": 95 """);

        Assert.Equal(expected, (string?)output["response"]);
    }

    [Fact]
    public void Eular_BaselineEgfrMissing_StillAssessable()
    {
        var output = Eular(""" "baseline_upcr_g_per_g": 3.0, "followup_upcr_g_per_g": 0.3, "followup_egfr_ml_min_173m2": 95 """);

        Assert.Equal("complete", (string?)output["response"]);
    }

    [Fact]
    public void Eular_FollowupEgfrMissing_NotAssessable()
    {
        var output = Eular(""" "baseline_upcr_g_per_g": 3.0, "followup_upcr_g_per_g": 0.3 """);

        Assert.True((bool?)output["valid"]);
        Assert.Null(output["response"]);
        Assert.Null(output["gfr_criterion_met"]);
        Assert.Contains("followup_egfr_ml_min_173m2", JsonInstrumentRun.Set(output, "missing"));
    }

    [Theory]
    [InlineData("68", true)]
    [InlineData("67.99", false)]
    [InlineData("120", true)]
    public void Kdigo_DefaultTolerance_FifteenPercentInclusive(string followupEgfr, bool met)
    {
        var output = Kdigo($""" "baseline_upcr_g_per_g": 2.0, "followup_upcr_g_per_g": 0.4, "baseline_egfr_ml_min_173m2": 80, "followup_egfr_ml_min_173m2": {followupEgfr} """);

        Assert.Equal(met, (bool?)output["gfr_criterion_met"]);
        Assert.Equal(met ? "complete" : "none", (string?)output["response"]);
    }

    [Theory]
    [InlineData("72", true)]
    [InlineData("71.99", false)]
    public void Kdigo_TenPercentTolerance_Inclusive(string followupEgfr, bool met)
    {
        var output = Kdigo($""" "baseline_upcr_g_per_g": 2.0, "followup_upcr_g_per_g": 0.4, "baseline_egfr_ml_min_173m2": 80, "followup_egfr_ml_min_173m2": {followupEgfr}, "egfr_tolerance": 0.10 """);

        Assert.Equal(met, (bool?)output["gfr_criterion_met"]);
    }

    [Theory]
    [InlineData("2.99", "partial")]
    [InlineData("3.0", "none")]
    public void Kdigo_PartialThreshold_IsStrict(string followup, string expected)
    {
        var output = Kdigo($""" "baseline_upcr_g_per_g": 7.0, "followup_upcr_g_per_g": {followup}, "baseline_egfr_ml_min_173m2": 80, "followup_egfr_ml_min_173m2": 80 """);

        Assert.Equal(expected, (string?)output["response"]);
    }

    [Fact]
    public void Kdigo_BaselineEgfrMissing_NotAssessable()
    {
        var output = Kdigo(""" "baseline_upcr_g_per_g": 2.0, "followup_upcr_g_per_g": 0.4, "followup_egfr_ml_min_173m2": 80 """);

        Assert.Null(output["response"]);
        Assert.Contains("baseline_egfr_ml_min_173m2", JsonInstrumentRun.Set(output, "missing"));
    }

    [Fact]
    public void Kdigo2024_IsAliasOfKdigo2021()
    {
        const string Values = """ "baseline_upcr_g_per_g": 5.0, "followup_upcr_g_per_g": 2.0, "baseline_egfr_ml_min_173m2": 80, "followup_egfr_ml_min_173m2": 78 """;

        var v2021 = Kdigo(Values);
        var v2024 = Run($$"""{"definition": "kdigo_2024", {{Values}}}""");

        Assert.Equal((string?)v2021["response"], (string?)v2024["response"]);
        Assert.Equal("kdigo_2024", (string?)v2024["definition"]);
    }

    [Theory]
    [InlineData("49.9", "complete")]
    [InlineData("50", "partial")]
    [InlineData("299", "partial")]
    [InlineData("300", "none")]
    public void Kdigo_MgPerMmol_ThresholdsTimesHundred(string followup, string expected)
    {
        var output = Kdigo($""" "baseline_upcr_mg_per_mmol": 700, "followup_upcr_mg_per_mmol": {followup}, "baseline_egfr_ml_min_173m2": 80, "followup_egfr_ml_min_173m2": 80 """);

        Assert.Equal(expected, (string?)output["response"]);
    }

    [Theory]
    [InlineData("0.49", "complete")]
    [InlineData("1.6", "partial")]
    [InlineData("2.5", "none")]
    public void Eular_GramsPer24h_ThresholdsUnchanged(string followup, string expected)
    {
        var output = Eular($""" "baseline_proteinuria_g_per_24h": 4.0, "followup_proteinuria_g_per_24h": {followup}, "followup_egfr_ml_min_173m2": 95 """);

        Assert.Equal(expected, (string?)output["response"]);
    }

    [Fact]
    public void Evaluate_MixedUnitsBetweenBaselineAndFollowup_Invalid()
    {
        var result = JsonInstrumentRun.Result(RenalResponse.Instance, """
            {"definition": "eular_eraedta_2019", "baseline_upcr_g_per_g": 3.0, "followup_upcr_mg_per_mmol": 30, "followup_egfr_ml_min_173m2": 95}
            """);

        Assert.False(result.Valid);
        var error = Assert.Single(result.Errors);
        Assert.Equal("proteinuria", error.Field);
        Assert.Equal(InputErrorKind.Invalid, error.Kind);
    }

    [Fact]
    public void Evaluate_TwoCompletePairs_Invalid()
    {
        var result = JsonInstrumentRun.Result(RenalResponse.Instance, """
            {"definition": "eular_eraedta_2019", "baseline_upcr_g_per_g": 3.0, "followup_upcr_g_per_g": 0.3,
             "baseline_proteinuria_g_per_24h": 3.0, "followup_proteinuria_g_per_24h": 0.3, "followup_egfr_ml_min_173m2": 95}
            """);

        Assert.False(result.Valid);
    }

    [Fact]
    public void Evaluate_NegativeProteinuria_Malformed()
    {
        var result = JsonInstrumentRun.Result(RenalResponse.Instance, """{"definition": "kdigo_2021", "baseline_upcr_g_per_g": -1}""");

        Assert.Equal(InputErrorKind.Malformed, Assert.Single(result.Errors).Kind);
    }

    [Theory]
    [InlineData("\"egfr_tolerance\": 0.09")]
    [InlineData("\"egfr_tolerance\": 0.16")]
    [InlineData("\"complete_response_threshold_g\": 0.45")]
    [InlineData("\"complete_response_threshold_g\": 0.75")]
    [InlineData("\"egfr_normal_reference_ml_min_173m2\": 0")]
    public void Evaluate_ParameterOutsideAllowedRange_Invalid(string parameter)
    {
        var result = JsonInstrumentRun.Result(RenalResponse.Instance, $$"""{"definition": "kdigo_2021", {{parameter}}}""");

        Assert.False(result.Valid);
        Assert.Equal(InputErrorKind.Invalid, Assert.Single(result.Errors).Kind);
    }

    [Fact]
    public void Evaluate_ParameterOfOtherDefinition_IgnoredWithWarning()
    {
        var result = JsonInstrumentRun.Result(RenalResponse.Instance, """
            {"definition": "eular_eraedta_2019", "baseline_upcr_g_per_g": 3.0, "followup_upcr_g_per_g": 0.3, "followup_egfr_ml_min_173m2": 95, "egfr_tolerance": 0.10}
            """);

        Assert.True(result.Valid);
        Assert.Single(result.Warnings);
    }

    [Fact]
    public void Evaluate_DefinitionMissing_Invalid()
    {
        var result = JsonInstrumentRun.Result(RenalResponse.Instance, """{"baseline_upcr_g_per_g": 3.0, "followup_upcr_g_per_g": 0.3}""");

        Assert.Equal("definition", Assert.Single(result.Errors).Field);
    }

    [Fact]
    public void Evaluate_NoProteinuriaPair_NotAssessable()
    {
        var output = Eular(""" "followup_egfr_ml_min_173m2": 95 """);

        Assert.Null(output["response"]);
        Assert.True((bool?)output["gfr_criterion_met"]);
        Assert.NotEmpty(JsonInstrumentRun.Set(output, "missing"));
    }

    [Fact]
    public void Evaluate_FollowupProteinuriaMissing_NotAssessable()
    {
        var output = Eular(""" "baseline_upcr_g_per_g": 3.0, "followup_egfr_ml_min_173m2": 95 """);

        Assert.Null(output["response"]);
        Assert.Equal(["followup_upcr_g_per_g"], JsonInstrumentRun.Set(output, "missing"));
    }

    [Theory]
    [InlineData("0.2", "complete")]
    [InlineData("0.6", null)]
    public void Evaluate_BaselineZero_CompleteOnlyAndReductionNull(string followup, string? expected)
    {
        var output = Eular($""" "baseline_upcr_g_per_g": 0, "followup_upcr_g_per_g": {followup}, "followup_egfr_ml_min_173m2": 95 """);

        Assert.Equal(expected, (string?)output["response"]);
        Assert.Null(output["proteinuria_reduction_percent"]);
    }

    [Fact]
    public void Evaluate_RescueTherapy_NoneEvenWithCompleteValues()
    {
        var output = Eular(""" "baseline_upcr_g_per_g": 3.0, "followup_upcr_g_per_g": 0.1, "followup_egfr_ml_min_173m2": 100, "rescue_therapy": true """);

        Assert.Equal("none", (string?)output["response"]);
        Assert.True((bool?)output["gfr_criterion_met"]);
    }

    [Fact]
    public void Evaluate_RescueTherapyWithMissingData_None()
    {
        var output = Kdigo(""" "rescue_therapy": true """);

        Assert.Equal("none", (string?)output["response"]);
    }

    [Theory]
    [InlineData("3.0", "2.0", 33.3)]
    [InlineData("2", "1.999", 0.1)]
    [InlineData("2", "2.001", -0.1)]
    [InlineData("2", "2", 0.0)]
    public void Evaluate_ReductionPercent_RoundedHalfAwayFromZero(string baseline, string followup, double expected)
    {
        var output = Eular($""" "baseline_upcr_g_per_g": {baseline}, "followup_upcr_g_per_g": {followup}, "followup_egfr_ml_min_173m2": 95 """);

        Assert.Equal((decimal)expected, (decimal?)output["proteinuria_reduction_percent"]);
    }

    [Fact]
    public void Evaluate_MonthsEchoedAndTimingTargetsNoted()
    {
        var result = JsonInstrumentRun.Result(RenalResponse.Instance, """
            {"definition": "eular_eraedta_2019", "months_from_treatment_start": 3, "baseline_upcr_g_per_g": 4.0, "followup_upcr_g_per_g": 3.0, "followup_egfr_ml_min_173m2": 95}
            """);

        Assert.Equal(3m, (decimal?)ResultJson.Of(result)["months_from_treatment_start"]);
        Assert.Contains("target_3_months_25_percent_reduction_met", result.Notes);
    }

    [Theory]
    [InlineData("1.1", "0.55", RenalResponseCategory.Partial)]
    [InlineData("1.1", "0.5501", RenalResponseCategory.None)]
    public void Classify_ReductionExactlyFiftyPercent_PartialWithExactDecimal(string baseline, string followup, RenalResponseCategory expected)
    {
        var b = decimal.Parse(baseline, System.Globalization.CultureInfo.InvariantCulture);
        var f = decimal.Parse(followup, System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal(expected, RenalResponseRules.Classify(RenalDefinition.Kdigo2021, new RenalResponseInput(), b, f, 1m, gfrMet: true));
    }

    private static JsonObject Eular(string fields) => Run($$"""{"definition": "eular_eraedta_2019", {{fields}}}""");

    private static JsonObject Kdigo(string fields) => Run($$"""{"definition": "kdigo_2021", {{fields}}}""");

    private static JsonObject Run(string json) => JsonInstrumentRun.Output(RenalResponse.Instance, json);
}
