using Lupus.Domain.Instruments.Bilag;
using Lupus.Domain.Instruments.Responders;

namespace Lupus.Domain.Tests.Instruments.Responders;

public sealed class BiclaTests
{
    private static BiclaResult Run(VisitComparison visits) => Assert.IsType<BiclaResult>(Bicla.Instance.Evaluate(visits));

    private static VisitComparison Responding() => new()
    {
        SledaiBaseline = 12,
        SledaiFollowup = 12,
        BilagBaseline = BilagGrades.Parse("CDEBEEEAC"),
        BilagFollowup = BilagGrades.Parse("CDECEEEBC"),
        PgaBaseline = 2m,
        PgaFollowup = 2m,
    };

    [Fact]
    public void Responder_EveryActiveDomainImprovedAndNothingWorse_True()
    {
        var result = Run(Responding());

        Assert.True(result.Applicable);
        Assert.True(result.Responder);
        Assert.True(result.SledaiNotWorse);
    }

    [Theory]
    [InlineData("CDEBEEEAC", "CDEBEEEBC", false)]
    [InlineData("CDEBEEEAC", "CDECEEEAC", false)]
    [InlineData("CDEBEEEAC", "CDEEEEEDC", true)]
    public void BaselineImprovementMet_AToBAndBToCOrBetter(string baseline, string followup, bool expected)
    {
        var result = Run(Responding() with { BilagBaseline = BilagGrades.Parse(baseline), BilagFollowup = BilagGrades.Parse(followup) });

        Assert.Equal(expected, result.BaselineImprovementMet);
        Assert.Equal(expected, result.Responder);
    }

    [Fact]
    public void Applicable_NoBaselineAOrB_FalseAndResponderNull()
    {
        var result = Run(Responding() with { BilagBaseline = BilagGrades.Parse("CDECEEEDC"), BilagFollowup = BilagGrades.Parse("CDECEEEDC") });

        Assert.False(result.Applicable);
        Assert.Null(result.Responder);
    }

    [Fact]
    public void SledaiNotWorse_OnePointHigher_NotResponder()
    {
        var result = Run(Responding() with { SledaiFollowup = 13 });

        Assert.False(result.SledaiNotWorse);
        Assert.False(result.Responder);
    }

    [Fact]
    public void NoPgaWorsening_RiseOfPointThree_NotResponder()
    {
        var result = Run(Responding() with { PgaFollowup = 2.3m });

        Assert.False(result.NoPgaWorsening);
        Assert.False(result.Responder);
    }

    [Fact]
    public void NoBilagWorsening_NewA_NotResponder()
    {
        Assert.False(Run(Responding() with { BilagFollowup = BilagGrades.Parse("ADECEEEBC") }).Responder);
    }

    [Fact]
    public void Responder_TreatmentFailure_False()
    {
        Assert.False(Run(Responding() with { TreatmentFailure = true }).Responder);
    }

    [Fact]
    public void BaselineImprovementMet_ActiveDomainMissingAtFollowup_Null()
    {
        var result = Run(Responding() with { BilagFollowup = BilagGrades.Parse("CDECEEE-C") });

        Assert.Null(result.BaselineImprovementMet);
        Assert.Null(result.Responder);
    }
}
