using Lupus.Domain.Instruments.Bilag;
using Lupus.Domain.Instruments.Core;
using Lupus.Domain.Instruments.Responders;
using Lupus.Domain.Tests.Instruments.Bilag;

namespace Lupus.Domain.Tests.Instruments.Responders;

public sealed class Sri4Tests
{
    private static Sri4Result Run(VisitComparison visits, int points = Sri4.DefaultReductionPoints) =>
        Assert.IsType<Sri4Result>(Sri4.Instance.Evaluate(new Sri4Input { Visits = visits, SledaiReductionPoints = points }));

    private static VisitComparison Responding() => new()
    {
        SledaiBaseline = 10,
        SledaiFollowup = 6,
        BilagBaseline = BilagGrades.Parse("EBEAEDEBC"),
        BilagFollowup = BilagGrades.Parse("ECECEDECC"),
        PgaBaseline = 1.5m,
        PgaFollowup = 1.5m,
    };

    [Fact]
    public void Responder_AllComponentsHold_True()
    {
        var result = Run(Responding());

        Assert.True(result.Responder);
        Assert.Equal(0, result.NewBilagACount);
    }

    [Theory]
    [InlineData(4, true)]
    [InlineData(3, false)]
    public void SledaiReductionMet_AtLeastFourPoints(int fall, bool expected)
    {
        var result = Run(Responding() with { SledaiFollowup = 10 - fall });

        Assert.Equal(expected, result.SledaiReductionMet);
        Assert.Equal(expected, result.Responder);
    }

    [Theory]
    [InlineData(6, 6, true)]
    [InlineData(6, 5, false)]
    [InlineData(8, 8, true)]
    public void SledaiReductionPoints_Sri6AndSri8(int points, int fall, bool expected)
    {
        Assert.Equal(expected, Run(Responding() with { SledaiBaseline = 20, SledaiFollowup = 20 - fall }, points).SledaiReductionMet);
    }

    [Theory]
    [InlineData("1.79", true)]
    [InlineData("1.8", false)]
    [InlineData("0", true)]
    public void NoPgaWorsening_RiseOfExactlyPointThreeIsWorsening(string followup, bool expected)
    {
        var result = Run(Responding() with { PgaFollowup = decimal.Parse(followup, System.Globalization.CultureInfo.InvariantCulture) });

        Assert.Equal(expected, result.NoPgaWorsening);
        Assert.Equal(expected, result.Responder);
    }

    [Theory]
    [InlineData("EBEAEDEBC", "EBEBEDEBB", 0, 1, true)]
    [InlineData("EBEAEDEBC", "BBEBEDEBB", 0, 2, false)]
    [InlineData("EBEAEDEBC", "EBEBEDEBA", 1, 0, false)]
    [InlineData("ABEAEDEBC", "BBEBEDEBC", 0, 0, true)]
    public void NoBilagWorsening_NewAOrTwoNewB(string baseline, string followup, int newA, int newB, bool expected)
    {
        var result = Run(Responding() with { BilagBaseline = BilagGrades.Parse(baseline), BilagFollowup = BilagGrades.Parse(followup) });

        Assert.Equal(newA, result.NewBilagACount);
        Assert.Equal(newB, result.NewBilagBCount);
        Assert.Equal(expected, result.NoBilagWorsening);
    }

    [Fact]
    public void Responder_TreatmentFailure_False()
    {
        Assert.False(Run(Responding() with { TreatmentFailure = true }).Responder);
    }

    [Fact]
    public void Responder_PgaMissing_Null()
    {
        var result = Run(Responding() with { PgaFollowup = null });

        Assert.Null(result.Responder);
        Assert.Null(result.NoPgaWorsening);
        Assert.True(result.SledaiReductionMet);
    }

    [Fact]
    public void Responder_DomainMissing_CountsAndResponderNull()
    {
        var result = Run(Responding() with { BilagFollowup = BilagGrades.Parse("ECECEDEC-") });

        Assert.Null(result.NewBilagACount);
        Assert.Null(result.Responder);
    }

    [Theory]
    [InlineData("""{"pga_followup": 3.1}""", "pga_followup")]
    [InlineData("""{"pga_baseline": -0.1}""", "pga_baseline")]
    [InlineData("""{"sledai_baseline": 106}""", "sledai_baseline")]
    [InlineData("""{"sledai_reduction_points": 9}""", "sledai_reduction_points")]
    public void Evaluate_OutOfClinicalRange_InvalidNamingField(string json, string field)
    {
        var error = Assert.Single(InstrumentRun.Result(Sri4.Instance, json).Errors);

        Assert.Equal(field, error.Field);
        Assert.Equal(InputErrorKind.Invalid, error.Kind);
    }

    [Fact]
    public void Evaluate_SledaiVersion_EchoedInOutput()
    {
        var json = InstrumentRun.Json(Sri4.Instance, """{"sledai_version": "sledai2k", "sledai_reduction_points": 5}""");

        Assert.Equal("sledai2k", json["sledai_version"]!.GetValue<string>());
        Assert.Equal(5, json["sledai_reduction_points"]!.GetValue<int>());
        Assert.Null(json["responder"]);
    }
}
