using Lupus.Cli.Survival;

namespace Lupus.Cli.Tests.Survival;

/// <summary>Level names and order as R gives them for a column read by read.csv (values from R 4.2: as.character, sort).</summary>
public sealed class RLevelLabelsTests
{
    [Theory]
    [InlineData(100000, "1e+05")]
    [InlineData(123456, "123456")]
    [InlineData(0.0001, "1e-04")]
    [InlineData(2.5, "2.5")]
    [InlineData(0.33333333333333331, "0.333333333333333")]
    [InlineData(-1.5, "-1.5")]
    [InlineData(1000000000000000, "1e+15")]
    [InlineData(1234567.25, "1234567.25")]
    [InlineData(0.30000000000000004, "0.3")]
    [InlineData(9.9999999999999995e-21, "1e-20")]
    public void Format_Double_AsRAsCharacter(double value, string expected) =>
        Assert.Equal(expected, RLevelLabels.Format(value));

    [Fact]
    public void Levels_NumbersWrittenDifferently_OneLevelNamedAsR()
    {
        var (levels, levelOf) = RLevelLabels.Levels(["1.0", "10", "2.50", "1", "2.5"]);

        Assert.Equal(["1", "2.5", "10"], levels);
        Assert.Equal([0, 2, 1, 0, 1], levelOf);
    }

    [Fact]
    public void Levels_LogicalSpellings_TrueFalse()
    {
        var (levels, levelOf) = RLevelLabels.Levels(["T", "F", "TRUE"]);

        Assert.Equal(["FALSE", "TRUE"], levels);
        Assert.Equal([1, 0, 1], levelOf);
    }

    [Fact]
    public void Levels_LowerCaseTrueFalse_StayText()
    {
        var (levels, _) = RLevelLabels.Levels(["true", "False", "T"]);

        Assert.Equal(["False", "T", "true"], levels);
    }

    [Fact]
    public void Levels_TextDifferingInCase_LowerCaseFirst()
    {
        var (levels, _) = RLevelLabels.Levels(["b", "B", "a", "A", "Lev+5FU", "Lev", "Obs"]);

        Assert.Equal(["a", "A", "b", "B", "Lev", "Lev+5FU", "Obs"], levels);
    }
}
