using System.Text.Json;
using Lupus.Statistics.Meta;

namespace Lupus.Statistics.Tests.Meta;

/// <summary>
/// <see cref="MetaAnalysis.Fit"/> on the per-study yi/vi of each metafor fixture (TestData/meta, make-fixtures.R):
/// the model fields agree with <c>metafor::rma</c> to 1e-6 relative.
/// </summary>
public sealed class MetaAnalysisFixtureTests
{
    private static readonly string Expected = Path.Combine(AppContext.BaseDirectory, "TestData", "meta", "expected");

    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Expected, "*.json").Order(StringComparer.Ordinal))
        {
            using var doc = JsonDocument.Parse(File.ReadAllText(file));
            var method = doc.RootElement.GetProperty("expected").GetProperty("method").GetString();
            if (method is not ("MH" or "PETO"))
            {
                data.Add(Path.GetFileNameWithoutExtension(file));
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Fit_MetaforFixture_MatchesRma(string name)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(Expected, name + ".json")));
        var e = doc.RootElement.GetProperty("expected");
        var studies = e.GetProperty("studies").EnumerateArray().ToArray();
        var yi = studies.Select(s => s.GetProperty("yi").GetDouble()).ToArray();
        var vi = studies.Select(s => s.GetProperty("vi").GetDouble()).ToArray();
        var options = new MetaOptions(
            Enum.Parse<Tau2Estimator>(e.GetProperty("method").GetString()!),
            e.GetProperty("test").GetString() == "knha" ? MetaTest.Knha : MetaTest.Z,
            Level(doc.RootElement));

        var fit = MetaAnalysis.Fit(yi, vi, options);

        FixtureAssert.Summary(e, fit.Estimate, fit.Se, fit.P, fit.Q, fit.QP);
        Close(e, "statistic", fit.Statistic);
        Close(e, "ci_lower", fit.CiLower);
        Close(e, "ci_upper", fit.CiUpper);
        Close(e, "tau2", fit.Tau2.Tau2);
        Close(e, "i2", fit.I2);
        Close(e, "h2", fit.H2);
        if (e.GetProperty("tau2_ci").ValueKind == JsonValueKind.Array)
        {
            Close(e.GetProperty("tau2_ci")[0], fit.Tau2Ci!.Value.Lower, "tau2_ci[0]");
            Close(e.GetProperty("tau2_ci")[1], fit.Tau2Ci!.Value.Upper, "tau2_ci[1]");
        }

        for (var i = 0; i < studies.Length; i++)
        {
            Close(studies[i], "weight", fit.Weights[i]);
        }
    }

    private static double Level(JsonElement root)
    {
        var args = root.GetProperty("args").EnumerateArray().Select(a => a.GetString()).ToList();
        var at = args.IndexOf("--level");
        return at < 0 ? 95 : double.Parse(args[at + 1]!, System.Globalization.CultureInfo.InvariantCulture);
    }
    private static void Close(JsonElement parent, string key, double actual) => FixtureAssert.Close(parent, key, actual);

    private static void Close(JsonElement expected, double actual, string key) => FixtureAssert.Close(expected, actual, key);
}
