using Lupus.Statistics.Inference;

namespace Lupus.Statistics.Tests.Inference;

public sealed class ProportionTests
{
    [Fact]
    public void Wilson_RPropTestWithoutCorrection_SameLimits()
    {
        foreach (var row in RFixture.Read("wilson.csv"))
        {
            var p = Proportion.Wilson((int)row.Number("x"), (int)row.Number("n"));

            Assert.Equal(row.Number("lower"), p.Lower, 1e-6);
            Assert.Equal(row.Number("upper"), p.Upper, 1e-6);
        }
    }

    [Fact]
    public void Wilson_CountAboveTotal_Throws()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Proportion.Wilson(5, 4));
        Assert.Equal("count", ex.ParamName);
    }
}
