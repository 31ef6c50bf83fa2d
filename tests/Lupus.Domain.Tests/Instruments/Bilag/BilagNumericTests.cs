using CsCheck;
using Lupus.Domain.Instruments.Bilag;

namespace Lupus.Domain.Tests.Instruments.Bilag;

public sealed class BilagNumericTests
{
    private static BilagNumericResult Score(string letters) => Assert.IsType<BilagNumericResult>(Bilag2004Numeric.Instance.Evaluate(BilagGrades.Parse(letters)));

    [Theory]
    [InlineData("AAAAAAAAA", 108)]
    [InlineData("EEEEEEEEE", 0)]
    [InlineData("DDDDDDDDD", 0)]
    [InlineData("BCEEEEEEE", 9)]
    public void NumericScore_Weights12_8_1_0_0(string letters, int expected)
    {
        Assert.Equal(expected, Score(letters).NumericScore);
    }

    [Fact]
    public void NumericScore_MissingDomain_NullAndListed()
    {
        var result = InstrumentRun.Json(Bilag2004Numeric.Instance, """{"grades": """ + InstrumentRun.Grades("BCEEEEEE-") + "}");

        Assert.Null(result["numeric_score"]);
        Assert.Null(result["count_a"]);
        Assert.Null(result["overall_grade"]);
        Assert.Equal("haematological", result["missing_domains"]![0]!.GetValue<string>());
    }

    [Fact]
    public void OverallGrade_MissingDomainButAPresent_IsA()
    {
        Assert.Equal(BilagGrade.A, Score("-AEEEEEEE").OverallGrade);
    }

    [Fact]
    public void Evaluate_GradeOutsideAToE_IsInvalidNamingDomain()
    {
        var result = InstrumentRun.Result(Bilag2004Numeric.Instance, """{"grades": {"renal": "F"}}""");

        Assert.Equal("grades.renal", Assert.Single(result.Errors).Field);
    }

    [Fact]
    public void NumericScore_AnyCompleteGrades_InRangeAndMatchesCounts()
    {
        Gen.Char["ABCDE"].Array[9].Sample(letters =>
        {
            var result = Score(new string(letters));
            var c = letters.Count(l => l == 'C');
            return result.NumericScore is >= 0 and <= 108
                && result.NumericScore == (12 * result.CountA) + (8 * result.CountB) + c
                && result.OverallGrade == (BilagGrade)(letters.Min() - 'A');
        });
    }
}
