using Lupus.Interchange.Import;
using Lupus.Interchange.Model;

namespace Lupus.Interchange.Tests;

public sealed class ReadAheadTests
{
    [Fact]
    public void Every_part_arrives_once_in_order()
    {
        var parts = Enumerable.Range(0, 1_007).Select(Part).ToList();

        using var ahead = new ReadAhead(parts);
        var seen = ahead.ToList();

        Assert.Equal(parts, seen);
    }

    [Fact]
    public void Reading_starts_before_the_parts_are_taken()
    {
        using var started = new ManualResetEventSlim();
        IEnumerable<InterchangeDataset> Signalling()
        {
            started.Set();
            yield return Part(0);
        }

        using var ahead = new ReadAhead(Signalling());

        Assert.True(started.Wait(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken), "the reader did not start until its parts were taken");
        Assert.Single(ahead);
    }

    [Fact]
    public void A_failure_of_the_reader_reaches_the_importer()
    {
        static IEnumerable<InterchangeDataset> Failing()
        {
            yield return Part(1);
            throw new InvalidOperationException("broken file system");
        }

        using var ahead = new ReadAhead(Failing());
        var e = Assert.Throws<InvalidOperationException>(() => ahead.ToList());

        Assert.Equal("broken file system", e.Message);
    }

    [Fact]
    public void Disposing_stops_a_reader_that_is_ahead()
    {
        var made = 0;
        IEnumerable<InterchangeDataset> Endless()
        {
            while (true)
            {
                yield return Part(Interlocked.Increment(ref made));
            }
        }

        var ahead = new ReadAhead(Endless());
        var first = ahead.Take(3).ToList();
        ahead.Dispose();
        var after = Volatile.Read(ref made);
        Thread.Sleep(50);

        Assert.Equal([1, 2, 3], first.Select(p => p.Errors.Count));
        Assert.Equal(after, Volatile.Read(ref made));
        Assert.InRange(after, 3, 3 + ReadAhead.PartsAhead + 1);
    }

    [Fact]
    public void The_parts_can_be_taken_only_once()
    {
        using var ahead = new ReadAhead([Part(0)]);
        _ = ahead.ToList();

        Assert.Throws<InvalidOperationException>(() => ahead.ToList());
    }

    /// <summary>A part told apart by its number of errors.</summary>
    private static InterchangeDataset Part(int number)
    {
        var part = new InterchangeDataset();
        for (var i = 0; i < number % 50; i++)
        {
            part.Errors.Add(new InterchangeError(new SourceLocation("labs.csv", "2"), "test"));
        }

        return part;
    }
}
