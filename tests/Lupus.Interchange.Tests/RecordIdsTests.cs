using Lupus.Interchange.Import;
using NodaTime;
using NodaTime.Testing;

namespace Lupus.Interchange.Tests;

public sealed class RecordIdsTests
{
    [Fact]
    public void Ids_are_version_7_with_the_clock_s_milliseconds()
    {
        var clock = new FakeClock(Instant.FromUtc(2026, 11, 25, 9, 30, 15) + Duration.FromMilliseconds(123));

        var id = new RecordIds(clock).Next();

        Assert.Equal((7, 0x8), (id.Version, id.Variant & 0xC)); // RFC 9562 variant: the bits 10
        Assert.Equal(clock.GetCurrentInstant().ToUnixTimeMilliseconds(), Convert.ToInt64(id.ToString("N")[..12], 16));
    }

    [Fact]
    public void Ids_increase_strictly_even_within_one_millisecond_and_when_the_clock_goes_back()
    {
        var clock = new FakeClock(Instant.FromUtc(2026, 11, 25, 9, 30));
        var ids = new RecordIds(clock);
        var made = new List<Guid>();
        for (var i = 0; i < 10_000; i++)
        {
            made.Add(ids.Next());
        }

        clock.AdvanceMilliseconds(-5);
        made.Add(ids.Next());

        Assert.Equal(made.Count, made.Distinct().Count());
        Assert.All(made.Zip(made.Skip(1)), pair => Assert.True(string.CompareOrdinal(pair.First.ToString("D"), pair.Second.ToString("D")) < 0, $"{pair.First} !< {pair.Second}"));
    }
}
