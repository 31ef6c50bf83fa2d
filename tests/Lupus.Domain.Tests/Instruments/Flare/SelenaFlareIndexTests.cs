using Lupus.Domain.Instruments.Flare;

namespace Lupus.Domain.Tests.Instruments.Flare;

public sealed class SelenaFlareIndexTests
{
    private static readonly SelenaFlareInput Stable = new()
    {
        SelenaSledaiPrevious = 4,
        SelenaSledaiCurrent = 4,
        PrednisoneEquivalentMgPerDayPrevious = 10m,
        PrednisoneEquivalentMgPerDayCurrent = 10m,
        WeightKg = 60m,
        PgaPrevious = 1.0m,
        PgaCurrent = 1.0m,
        MildFeaturesNewOrWorse = [],
        SevereFeaturesNewOrWorse = [],
        AddedNsaidOrHydroxychloroquine = false,
        NewImmunosuppressant = false,
        HospitalizedForSle = false,
    };

    [Fact]
    public void Evaluate_NoChange_NoneWithoutTriggers()
    {
        var result = Evaluate(Stable);

        Assert.Equal(FlareCategory.None, result.Category);
        Assert.Empty(result.Triggers!);
    }

    [Theory]
    [InlineData(10, 12, null)]
    [InlineData(10, 13, "sledai_to_gt_12")]
    [InlineData(13, 13, null)]
    public void Evaluate_SledaiAboveTwelve_SevereOnlyWhenIncreased(int previous, int current, string? trigger)
    {
        var result = Evaluate(Stable with { SelenaSledaiPrevious = previous, SelenaSledaiCurrent = current });

        Assert.Equal(trigger is null, result.Category != FlareCategory.Severe);
        if (trigger is not null)
        {
            Assert.Contains(trigger, result.Triggers!);
        }
    }

    [Theory]
    [InlineData(7, FlareCategory.MildModerate)]
    [InlineData(6, FlareCategory.None)]
    public void Evaluate_SledaiRiseOfThree_MildModerate(int current, FlareCategory expected)
    {
        Assert.Equal(expected, Evaluate(Stable with { SelenaSledaiCurrent = current }).Category);
    }

    [Theory]
    [InlineData("10", "20", true)]
    [InlineData("10", "19.99", false)]
    [InlineData("0", "2.5", true)]
    [InlineData("0", "0", false)]
    public void Doubled_FollowsSpecDefinition(string previous, string current, bool expected)
    {
        Assert.Equal(expected, SelenaFlareRules.Doubled(Parse(previous), Parse(current)));
    }

    [Fact]
    public void Evaluate_SevereFeatureWithDoubledPrednisone_Severe()
    {
        var result = Evaluate(Stable with { SevereFeaturesNewOrWorse = ["nephritis"], PrednisoneEquivalentMgPerDayCurrent = 20m });

        Assert.Equal(FlareCategory.Severe, result.Category);
        Assert.Equal(["severe_feature_requiring_escalation"], result.Triggers);
    }

    [Fact]
    public void Evaluate_SevereFeatureWithoutEscalation_NotSevere()
    {
        var result = Evaluate(Stable with { SevereFeaturesNewOrWorse = ["myositis"], PrednisoneEquivalentMgPerDayCurrent = 19.99m });

        Assert.Equal(FlareCategory.MildModerate, result.Category);
        Assert.Equal(["prednisone_increase"], result.Triggers);
    }

    [Theory]
    [InlineData("30", FlareCategory.MildModerate)]
    [InlineData("30.01", FlareCategory.Severe)]
    public void Evaluate_PrednisoneAboveHalfMgPerKg_StrictAndSevere(string current, FlareCategory expected)
    {
        var result = Evaluate(Stable with { PrednisoneEquivalentMgPerDayPrevious = 20m, PrednisoneEquivalentMgPerDayCurrent = Parse(current) });

        Assert.Equal(expected, result.Category);
        Assert.Equal(expected == FlareCategory.Severe ? "prednisone_gt_0_5_mg_kg" : "prednisone_increase", Assert.Single(result.Triggers!));
    }

    [Fact]
    public void Evaluate_HighButUnchangedPrednisone_NoFlare()
    {
        var result = Evaluate(Stable with { PrednisoneEquivalentMgPerDayPrevious = 40m, PrednisoneEquivalentMgPerDayCurrent = 40m });

        Assert.Equal(FlareCategory.None, result.Category);
    }

    [Theory]
    [InlineData("2.5", FlareCategory.MildModerate, "pga_increase_ge_1")]
    [InlineData("2.51", FlareCategory.Severe, "pga_to_gt_2_5")]
    public void Evaluate_PgaAboveTwoAndHalf_Strict(string current, FlareCategory expected, string trigger)
    {
        var result = Evaluate(Stable with { PgaPrevious = 1.5m, PgaCurrent = Parse(current) });

        Assert.Equal(expected, result.Category);
        Assert.Equal([trigger], result.Triggers);
    }

    [Theory]
    [InlineData("1.3", "2.3", FlareCategory.MildModerate)]
    [InlineData("1.3", "2.29", FlareCategory.None)]
    public void Evaluate_PgaRiseOfExactlyOne_MildModerate(string previous, string current, FlareCategory expected)
    {
        Assert.Equal(expected, Evaluate(Stable with { PgaPrevious = Parse(previous), PgaCurrent = Parse(current) }).Category);
    }

    [Fact]
    public void Evaluate_SevereAndMildCriteria_ReportsOnlySevereTriggers()
    {
        var result = Evaluate(Stable with { HospitalizedForSle = true, MildFeaturesNewOrWorse = ["arthritis"], AddedNsaidOrHydroxychloroquine = true });

        Assert.Equal(FlareCategory.Severe, result.Category);
        Assert.Equal(["hospitalized_for_sle"], result.Triggers);
    }

    [Fact]
    public void Evaluate_MedicationTriggers_Classified()
    {
        Assert.Equal(["new_immunosuppressant"], Evaluate(Stable with { NewImmunosuppressant = true }).Triggers);
        Assert.Equal(["added_nsaid_or_hydroxychloroquine"], Evaluate(Stable with { AddedNsaidOrHydroxychloroquine = true }).Triggers);
        Assert.Equal(["mild_feature_new_or_worse"], Evaluate(Stable with { MildFeaturesNewOrWorse = ["fever"] }).Triggers);
    }

    [Fact]
    public void Evaluate_WeightMissing_NotAssessable()
    {
        var result = Evaluate(Stable with { WeightKg = null });

        Assert.Null(result.Category);
        Assert.Null(result.Triggers);
        Assert.Equal(["weight_kg"], result.Missing);
    }

    [Fact]
    public void Evaluate_PgaOffScale_Invalid()
    {
        var result = SelenaFlareIndex.Instance.Evaluate(Stable with { PgaCurrent = 3.2m });

        Assert.False(result.Valid);
        Assert.Equal("pga_current", Assert.Single(result.Errors).Field);
    }

    [Fact]
    public void Evaluate_UnknownFeature_Invalid()
    {
        var result = Support.JsonInstrumentRun.Result(SelenaFlareIndex.Instance, """{"severe_features_new_or_worse": ["lupus_nephritis"]}""");

        Assert.False(result.Valid);
    }

    private static decimal Parse(string value) => decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture);

    private static SelenaFlareResult Evaluate(SelenaFlareInput input) =>
        Assert.IsType<SelenaFlareResult>(SelenaFlareIndex.Instance.Evaluate(input));
}
