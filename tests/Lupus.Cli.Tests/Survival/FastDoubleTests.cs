using System.Globalization;
using System.Text;
using Lupus.Cli.Survival;

namespace Lupus.Cli.Tests.Survival;

public sealed class FastDoubleTests
{
    [Theory]
    [InlineData("0")]
    [InlineData("-12.375")]
    [InlineData("0.1")]
    [InlineData("123456789012345")]
    [InlineData("1234567890123456789")]
    [InlineData("0.000000000000000000000000123")]
    [InlineData("1e-5")]
    [InlineData("+7.")]
    [InlineData(".5")]
    [InlineData("3.141592653589793")]
    public void TryParse_Decimal_SameAsDoubleParse(string text)
    {
        var expected = double.Parse(text, CultureInfo.InvariantCulture);

        Assert.True(FastDouble.TryParse(Encoding.UTF8.GetBytes(text), out var actual));
        Assert.Equal(BitConverter.DoubleToInt64Bits(expected), BitConverter.DoubleToInt64Bits(actual));
    }

    [Theory]
    [InlineData("")]
    [InlineData("-")]
    [InlineData(".")]
    [InlineData("1.2.3")]
    [InlineData("abc")]
    public void TryParse_NotANumber_False(string text) => Assert.False(FastDouble.TryParse(Encoding.UTF8.GetBytes(text), out _));

    [Fact]
    public void TryParse_RandomDecimals_BitIdenticalToDoubleParse()
    {
        var random = new Random(7);
        for (var i = 0; i < 20000; i++)
        {
            var text = (random.NextDouble() * Math.Pow(10, random.Next(-6, 9))).ToString("F" + random.Next(0, 10), CultureInfo.InvariantCulture);
            Assert.True(FastDouble.TryParse(Encoding.UTF8.GetBytes(text), out var actual));
            Assert.Equal(double.Parse(text, CultureInfo.InvariantCulture), actual);
        }
    }
}
