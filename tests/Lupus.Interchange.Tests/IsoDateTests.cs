using CsCheck;
using Lupus.Interchange.Tables;
using NodaTime;
using NodaTime.Text;

namespace Lupus.Interchange.Tests;

/// <summary>The fast date reader agrees with NodaTime's ISO pattern (and the length rule) on every input.</summary>
public sealed class IsoDateTests
{
    [Theory]
    [InlineData("2026-02-28", true)]
    [InlineData("2024-02-29", true)]
    [InlineData("2026-02-29", false)]
    [InlineData("2026-13-01", false)]
    [InlineData("2026-00-10", false)]
    [InlineData("0000-01-01", true)]
    [InlineData("2026-1-01", false)]
    [InlineData("2026/01/01", false)]
    [InlineData("+2026-01-01", false)]
    [InlineData("２０２６-01-01", false)]
    public void TryParse_AgreesWithThePattern(string text, bool valid)
    {
        Assert.Equal(valid, IsoDate.TryParse(text, out _));
        AssertAgrees(text);
    }

    [Fact]
    public void TryParse_RandomDateLikeText_AgreesWithThePattern()
    {
        var digit = Gen.Char['0', '9'];
        var any = Gen.OneOf(digit, Gen.Const('-'), Gen.Char[' ', '~'], Gen.Char['٠', '٩']);
        var dateLike = Gen.Select(Gen.Int[0, 9999], Gen.Int[0, 13], Gen.Int[0, 32]).Select(d => $"{d.Item1:D4}-{d.Item2:D2}-{d.Item3:D2}");
        Gen.OneOf(dateLike, any.Array[8, 11].Select(c => new string(c))).Sample(AssertAgrees, iter: 20_000);
    }

    private static void AssertAgrees(string text)
    {
        var pattern = LocalDatePattern.Iso.Parse(text);
        var expected = pattern.Success && text.Length == 10 ? pattern.Value : (LocalDate?)null;
        Assert.Equal(expected, IsoDate.TryParse(text, out var date) ? date : null);
    }
}
