using Lupus.Persistence;
using Npgsql;

namespace Lupus.Persistence.Tests;

public sealed class PostgresConnectionDefaultsTests
{
    [Fact]
    public void WithPostgresDefaults_NothingGiven_FillsPoolCapAutoPrepareAndNoReset()
    {
        var result = new NpgsqlConnectionStringBuilder(LupusDatabase.WithPostgresDefaults("Host=db;Database=lupus;Username=u;Password=p"));

        Assert.Equal((2 * Environment.ProcessorCount) + 2, result.MaxPoolSize);
        Assert.Equal(LupusDatabase.DefaultAutoPrepare, result.MaxAutoPrepare);
        Assert.True(result.NoResetOnClose);
        Assert.Equal("db", result.Host);
        Assert.Equal("lupus", result.Database);
        Assert.Equal("p", result.Password);
    }

    [Theory]
    [InlineData("Host=db;Database=lupus;Maximum Pool Size=50")]
    [InlineData("Host=db;Database=lupus;maximum pool size=50")]
    [InlineData("Host=db;Database=lupus;MaxPoolSize=50;")]
    public void WithPostgresDefaults_MaximumGiven_KeepsIt(string connectionString)
    {
        var result = new NpgsqlConnectionStringBuilder(LupusDatabase.WithPostgresDefaults(connectionString));

        Assert.Equal(50, result.MaxPoolSize);
    }

    [Theory]
    [InlineData("Host=db;Database=lupus;Max Auto Prepare=0;No Reset On Close=false")]
    [InlineData("Host=db;Database=lupus;maxautoprepare=0;noresetonclose=false")]
    public void WithPostgresDefaults_PreparationAndResetGiven_KeepsThem(string connectionString)
    {
        var result = new NpgsqlConnectionStringBuilder(LupusDatabase.WithPostgresDefaults(connectionString));

        Assert.Equal(0, result.MaxAutoPrepare);
        Assert.False(result.NoResetOnClose);
    }
}
