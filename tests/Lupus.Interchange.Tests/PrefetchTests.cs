using Lupus.Interchange.Import;

namespace Lupus.Interchange.Tests;

public sealed class PrefetchTests
{
    [Fact]
    public void Every_item_arrives_once_in_order()
    {
        var items = Enumerable.Range(0, 10_007).ToList();

        var seen = Prefetch.Ahead(items, 100, 3, TestContext.Current.CancellationToken).ToList();

        Assert.Equal(items, seen);
    }

    [Fact]
    public void A_failure_while_making_the_items_reaches_the_consumer()
    {
        static IEnumerable<int> Failing()
        {
            yield return 1;
            throw new InvalidOperationException("broken record");
        }

        var e = Assert.Throws<InvalidOperationException>(() => Prefetch.Ahead(Failing(), 10, 2, TestContext.Current.CancellationToken).ToList());

        Assert.Equal("broken record", e.Message);
    }

    [Fact]
    public void A_consumer_that_stops_early_stops_the_worker()
    {
        var made = 0;
        IEnumerable<int> Endless()
        {
            while (true)
            {
                yield return Interlocked.Increment(ref made);
            }
        }

        var first = Prefetch.Ahead(Endless(), 10, 2, TestContext.Current.CancellationToken).Take(5).ToList();
        var after = Volatile.Read(ref made);
        Thread.Sleep(50);

        Assert.Equal([1, 2, 3, 4, 5], first);
        Assert.Equal(after, Volatile.Read(ref made));
        Assert.InRange(after, 5, 10 * (2 + 2));
    }
}
