using Lupus.Persistence;
using Npgsql;

namespace Lupus.Persistence.Tests;

public sealed class PostgresPoolSizeTests
{
    [Fact]
    public void WithPoolSizeDefault_NoMaximumGiven_CapsAtTwoPerCorePlusTwo()
    {
        var result = new NpgsqlConnectionStringBuilder(LupusDatabase.WithPoolSizeDefault("Host=db;Database=lupus;Username=u;Password=p"));

        Assert.Equal((2 * Environment.ProcessorCount) + 2, result.MaxPoolSize);
        Assert.Equal("db", result.Host);
        Assert.Equal("lupus", result.Database);
        Assert.Equal("p", result.Password);
    }

    [Theory]
    [InlineData("Host=db;Database=lupus;Maximum Pool Size=50")]
    [InlineData("Host=db;Database=lupus;maximum pool size=50")]
    [InlineData("Host=db;Database=lupus;MaxPoolSize=50")]
    public void WithPoolSizeDefault_MaximumGiven_KeepsIt(string connectionString)
    {
        var result = new NpgsqlConnectionStringBuilder(LupusDatabase.WithPoolSizeDefault(connectionString));

        Assert.Equal(50, result.MaxPoolSize);
    }
}
