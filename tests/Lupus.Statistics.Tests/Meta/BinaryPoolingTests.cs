using System.Globalization;
using System.Text.Json;
using Lupus.Statistics.Meta;

namespace Lupus.Statistics.Tests.Meta;

/// <summary>Mantel-Haenszel and Peto pooling against <c>metafor::rma.mh</c> / <c>rma.peto</c> (TestData/meta/make-fixtures.R).</summary>
public sealed class BinaryPoolingTests
{
    private static readonly string Root = Path.Combine(AppContext.BaseDirectory, "TestData", "meta");

    [Theory]
    [InlineData("bcg-mh-rr", "bcg.csv")]
    [InlineData("bcg-mh-or", "bcg.csv")]
    [InlineData("bcg-mh-rd", "bcg.csv")]
    [InlineData("bcg-peto", "bcg.csv")]
    [InlineData("niel-mh-or", "nielweise2007.csv")]
    [InlineData("niel-peto", "nielweise2007.csv")]
    public void Pool_MetaforFixture_MatchesRmaMhAndPeto(string name, string csv)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(Root, "expected", name + ".json")));
        var e = doc.RootElement.GetProperty("expected");
        var tables = Tables(Path.Combine(Root, csv));
        var measure = Enum.Parse<EffectMeasure>(e.GetProperty("measure").GetString()!);

        var fit = e.GetProperty("method").GetString() == "MH"
            ? BinaryPooling.MantelHaenszel(tables, measure)
            : BinaryPooling.Peto(tables);

        FixtureAssert.Summary(e, fit.Estimate, fit.Se, fit.P, fit.Q, fit.QP);
        FixtureAssert.Close(e, "i2", fit.I2);
        Assert.Equal(e.GetProperty("k").GetInt32(), fit.K);
        var weights = e.GetProperty("studies").EnumerateArray().Select(s => s.GetProperty("weight").GetDouble()).ToArray();
        Assert.All(weights.Zip(fit.Weights), pair => Assert.Equal(pair.First, pair.Second, 1e-9));
    }

    [Fact]
    public void Peto_NoInformativeTable_Throws()
    {
        var e = Assert.Throws<ArgumentException>(() => BinaryPooling.Peto([new TwoByTwoTable(0, 10, 0, 10)]));
        Assert.Equal("tables", e.ParamName);
    }

    private static List<TwoByTwoTable> Tables(string path)
    {
        var lines = File.ReadAllLines(path);
        var header = lines[0].Split(',');
        int Col(string n) => Array.IndexOf(header, n);
        return lines.Skip(1).Select(l => l.Split(',')).Select(c =>
        {
            double V(string n) => double.Parse(c[Col(n)], CultureInfo.InvariantCulture);
            return Col("bi") >= 0
                ? new TwoByTwoTable(V("ai"), V("bi"), V("ci"), V("di"))
                : new TwoByTwoTable(V("ai"), V("n1i") - V("ai"), V("ci"), V("n2i") - V("ci"));
        }).ToList();
    }
}
