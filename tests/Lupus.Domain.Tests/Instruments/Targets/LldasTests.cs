using CsCheck;
using Lupus.Domain.Instruments.Core;
using Lupus.Domain.Instruments.Sledai;
using Lupus.Domain.Instruments.Targets;
using Lupus.Domain.Tests.Support;

namespace Lupus.Domain.Tests.Instruments.Targets;

public sealed class LldasTests
{
    private static readonly LldasInput AtLimits = new()
    {
        Sledai2kItemsPresent = [SledaiDescriptor.Arthritis],
        HemolyticAnemia = false,
        GastrointestinalActivity = false,
        NewActivitySincePrevious = false,
        Pga = 1.0m,
        PrednisoneEquivalentMgPerDay = 7.5m,
        ImmunosuppressantsStandardMaintenanceTolerated = true,
        OnInvestigationalDrug = false,
    };

    [Fact]
    public void Evaluate_EveryLimitExactlyReached_Met()
    {
        var result = Evaluate(AtLimits);

        Assert.True(result.Lldas);
        Assert.Equal(4, result.Sledai2kTotal);
        Assert.Equal(new LldasCriteria(true, true, true, true, true), result.Criteria);
    }

    [Fact]
    public void Evaluate_PgaJustAboveOne_NotMet()
    {
        var result = Evaluate(AtLimits with { Pga = 1.01m });

        Assert.False(result.Lldas);
        Assert.False(result.Criteria.Pga);
    }

    [Fact]
    public void Evaluate_PrednisoneJustAbove7_5_NotMet()
    {
        var result = Evaluate(AtLimits with { PrednisoneEquivalentMgPerDay = 7.51m });

        Assert.False(result.Lldas);
        Assert.False(result.Criteria.Glucocorticoid);
    }

    [Fact]
    public void Evaluate_SerologyOnlyFourPoints_Met()
    {
        var result = Evaluate(AtLimits with { Sledai2kItemsPresent = [SledaiDescriptor.LowComplement, SledaiDescriptor.IncreasedDnaBinding] });

        Assert.True(result.Lldas);
        Assert.Equal(4, result.Sledai2kTotal);
    }

    [Fact]
    public void Evaluate_SledaiFiveWithoutMajorOrgan_NotMet()
    {
        var result = Evaluate(AtLimits with { Sledai2kItemsPresent = [SledaiDescriptor.Arthritis, SledaiDescriptor.Leukopenia] });

        Assert.Equal(5, result.Sledai2kTotal);
        Assert.False(result.Criteria.Activity);
        Assert.False(result.Lldas);
    }

    [Theory]
    [InlineData("seizure")]
    [InlineData("cva")]
    [InlineData("vasculitis")]
    [InlineData("urinary_casts")]
    [InlineData("hematuria")]
    [InlineData("proteinuria")]
    [InlineData("pyuria")]
    [InlineData("pleurisy")]
    [InlineData("pericarditis")]
    [InlineData("fever")]
    public void Evaluate_SingleMajorOrganDescriptor_ActivityNotMet(string key)
    {
        Assert.True(SledaiDescriptors.TryParse(key, out var descriptor));

        var result = Evaluate(AtLimits with { Sledai2kItemsPresent = [descriptor] });

        Assert.False(result.Criteria.Activity);
        Assert.False(result.Lldas);
    }

    [Fact]
    public void Evaluate_HemolyticAnemiaOrGastrointestinal_ActivityNotMet()
    {
        Assert.False(Evaluate(AtLimits with { HemolyticAnemia = true }).Criteria.Activity);
        Assert.False(Evaluate(AtLimits with { GastrointestinalActivity = true }).Criteria.Activity);
    }

    [Fact]
    public void Evaluate_NewActivity_NotMet()
    {
        var result = Evaluate(AtLimits with { NewActivitySincePrevious = true });

        Assert.False(result.Criteria.NoNewActivity);
        Assert.False(result.Lldas);
    }

    [Fact]
    public void Evaluate_InvestigationalDrugOrNonStandardTherapy_MaintenanceNotMet()
    {
        Assert.False(Evaluate(AtLimits with { OnInvestigationalDrug = true }).Criteria.MaintenanceTherapy);
        Assert.False(Evaluate(AtLimits with { ImmunosuppressantsStandardMaintenanceTolerated = false }).Criteria.MaintenanceTherapy);
    }

    [Fact]
    public void Evaluate_PgaMissing_NotAssessableWithMissingList()
    {
        var result = Evaluate(AtLimits with { Pga = null });

        Assert.Null(result.Lldas);
        Assert.Null(result.Criteria.Pga);
        Assert.True(result.Criteria.Glucocorticoid);
        Assert.Equal(["pga"], result.Missing);
    }

    [Fact]
    public void Evaluate_MissingInputEvenWithFailedCriterion_NotAssessable()
    {
        var result = Evaluate(AtLimits with { Pga = null, PrednisoneEquivalentMgPerDay = 10m });

        Assert.Null(result.Lldas);
        Assert.False(result.Criteria.Glucocorticoid);
    }

    [Fact]
    public void Evaluate_ItemsMissing_TotalNull()
    {
        var result = Evaluate(AtLimits with { Sledai2kItemsPresent = null });

        Assert.Null(result.Sledai2kTotal);
        Assert.Null(result.Criteria.Activity);
        Assert.Contains("sledai2k_items_present", result.Missing);
    }

    [Fact]
    public void Evaluate_UnknownDescriptorKey_Invalid()
    {
        var result = JsonInstrumentRun.Result(Lldas.Instance, """{"sledai2k_items_present": ["lupus_nephritis"]}""");

        Assert.False(result.Valid);
        Assert.Equal(InputErrorKind.Invalid, Assert.Single(result.Errors).Kind);
    }

    [Fact]
    public void Evaluate_PgaOffScale_Invalid()
    {
        var result = Lldas.Instance.Evaluate(AtLimits with { Pga = 3.5m });

        Assert.False(result.Valid);
        Assert.Equal("pga", Assert.Single(result.Errors).Field);
    }

    [Fact]
    public void Evaluate_NegativePrednisone_Malformed()
    {
        var result = JsonInstrumentRun.Result(Lldas.Instance, """{"prednisone_equivalent_mg_per_day": -1}""");

        Assert.Equal(InputErrorKind.Malformed, Assert.Single(result.Errors).Kind);
    }

    [Fact]
    public void Output_CriteriaObject_HasSpecKeys()
    {
        var output = JsonInstrumentRun.Output(Lldas.Instance, """
            {"sledai2k_items_present": ["arthritis"], "hemolytic_anemia": false, "gastrointestinal_activity": false,
             "new_activity_since_previous": false, "pga": 1.0, "prednisone_equivalent_mg_per_day": 7.5,
             "immunosuppressants_standard_maintenance_tolerated": true, "on_investigational_drug": false}
            """);

        var criteria = output["criteria"]!.AsObject();
        Assert.Equal(["activity", "no_new_activity", "pga", "glucocorticoid", "maintenance_therapy"], criteria.Select(p => p.Key));
        Assert.True((bool?)output["lldas"]);
    }

    [Fact]
    public void Evaluate_LowerPrednisone_NeverBreaksLldas()
    {
        Gen.Select(Gen.Decimal[0m, 20m], Gen.Decimal[0m, 1m]).Sample((dose, fraction) =>
        {
            var higher = Evaluate(AtLimits with { PrednisoneEquivalentMgPerDay = dose });
            var lower = Evaluate(AtLimits with { PrednisoneEquivalentMgPerDay = dose * fraction });
            return higher.Lldas != true || lower.Lldas == true;
        });
    }

    [Fact]
    public void Evaluate_Total_IsSumOfDistinctDescriptorWeights()
    {
        Gen.Int[0, SledaiDescriptors.Count - 1].Array[0, 10].Sample(indices =>
        {
            var items = indices.Select(i => (SledaiDescriptor)i).ToArray();
            var expected = items.Distinct().Sum(d => SledaiDescriptors.Get(d).Weight);
            return Evaluate(AtLimits with { Sledai2kItemsPresent = items }).Sledai2kTotal == expected;
        });
    }

    private static LldasResult Evaluate(LldasInput input) => Assert.IsType<LldasResult>(Lldas.Instance.Evaluate(input));
}
