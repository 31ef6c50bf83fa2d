using Lupus.Domain.Instruments.Sledai;
using Lupus.Domain.Instruments.Targets;

namespace Lupus.Domain.Tests.Instruments.Targets;

public sealed class DorisTests
{
    private static readonly DorisInput InRemission = new()
    {
        Sledai2kItemsPresent = [],
        Pga = 0.49m,
        PrednisoneEquivalentMgPerDay = 5m,
        StableMaintenanceTherapy = true,
    };

    [Fact]
    public void Evaluate_PgaJustBelowHalfPrednisoneFive_Remission()
    {
        var result = Evaluate(InRemission);

        Assert.True(result.Remission);
        Assert.Equal(0, result.ClinicalSledai2k);
    }

    [Fact]
    public void Evaluate_PgaExactlyHalf_NoRemission()
    {
        Assert.False(Evaluate(InRemission with { Pga = 0.5m }).Remission);
    }

    [Fact]
    public void Evaluate_PrednisoneJustAboveFive_NoRemission()
    {
        Assert.False(Evaluate(InRemission with { PrednisoneEquivalentMgPerDay = 5.01m }).Remission);
    }

    [Fact]
    public void Evaluate_SerologyOnly_RemissionWithClinicalZero()
    {
        var result = Evaluate(InRemission with { Sledai2kItemsPresent = [SledaiDescriptor.LowComplement, SledaiDescriptor.IncreasedDnaBinding] });

        Assert.True(result.Remission);
        Assert.Equal(0, result.ClinicalSledai2k);
    }

    [Fact]
    public void Evaluate_ClinicalDescriptor_NoRemission()
    {
        var result = Evaluate(InRemission with { Sledai2kItemsPresent = [SledaiDescriptor.Rash, SledaiDescriptor.LowComplement] });

        Assert.False(result.Remission);
        Assert.Equal(2, result.ClinicalSledai2k);
    }

    [Fact]
    public void Evaluate_UnstableTherapy_NoRemission()
    {
        Assert.False(Evaluate(InRemission with { StableMaintenanceTherapy = false }).Remission);
    }

    [Fact]
    public void Evaluate_MissingStableTherapy_NotAssessable()
    {
        var result = Evaluate(InRemission with { StableMaintenanceTherapy = null });

        Assert.Null(result.Remission);
        Assert.Equal(["stable_maintenance_therapy"], result.Missing);
    }

    [Fact]
    public void Evaluate_PgaOffScale_Invalid()
    {
        Assert.False(Doris2021.Instance.Evaluate(InRemission with { Pga = -0.1m }).Valid);
    }

    private static DorisResult Evaluate(DorisInput input) => Assert.IsType<DorisResult>(Doris2021.Instance.Evaluate(input));
}
