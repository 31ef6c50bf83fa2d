using Lupus.Domain.Instruments.Activity;
using Lupus.Domain.Instruments.Core;
using Lupus.Domain.Tests.Support;

namespace Lupus.Domain.Tests.Instruments.Activity;

public sealed class PgaTests
{
    [Theory]
    [InlineData("0")]
    [InlineData("3")]
    [InlineData("1.25")]
    public void Evaluate_OnScaleIncludingEnds_Valid(string pga)
    {
        var output = JsonInstrumentRun.Output(Pga.Instance, $$"""{"pga": {{pga}}}""");

        Assert.True((bool?)output["valid"]);
        Assert.Equal(decimal.Parse(pga, System.Globalization.CultureInfo.InvariantCulture), (decimal?)output["pga"]);
    }

    [Theory]
    [InlineData("-0.01")]
    [InlineData("3.01")]
    [InlineData("3.5")]
    public void Evaluate_OffScale_InvalidNotClipped(string pga)
    {
        var result = JsonInstrumentRun.Result(Pga.Instance, $$"""{"pga": {{pga}}}""");

        Assert.False(result.Valid);
        var error = Assert.Single(result.Errors);
        Assert.Equal("pga", error.Field);
        Assert.Equal(InputErrorKind.Invalid, error.Kind);
    }

    [Fact]
    public void Evaluate_Missing_NullWithMissingList()
    {
        var output = JsonInstrumentRun.Output(Pga.Instance, """{"pga": null}""");

        Assert.True((bool?)output["valid"]);
        Assert.Null(output["pga"]);
        Assert.Equal(["pga"], JsonInstrumentRun.Set(output, "missing"));
    }

    [Fact]
    public void ScalarOutputs_StartWithValid()
    {
        Assert.Equal("valid", Pga.Instance.ScalarOutputs[0]);
    }
}
