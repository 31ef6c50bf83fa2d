using System.Globalization;
using System.Text.Json;

namespace Lupus.Cli.Tests.Evidence;

/// <summary>
/// <c>lupus evidence</c> on the bundled study file against metafor: TestData/evidence/make-evidence-fixtures.R names the
/// rows each analysis pools and records escalc + rma (REML, z) for every measure and correlation; every number must agree
/// to 1e-6 relative, and the synthesis must pool exactly the rows the script names.
/// </summary>
public sealed class EvidenceFixtureTests
{
    private const double Tolerance = 1e-6;
    private static readonly string Root = Path.Combine(AppContext.BaseDirectory, "TestData", "evidence");
    private static readonly Lazy<JsonDocument> Output = new(() =>
    {
        var run = CliRun.Of("evidence", "--format", "json");
        Assert.True(run.ExitCode == 0, run.Error);
        return JsonDocument.Parse(run.Output);
    });

    private static readonly string[] PooledFields =
        ["estimate", "se", "z", "p", "ci_lower", "ci_upper", "pi_lower", "pi_upper", "tau2", "i2", "h2", "q", "q_p"];

    public static TheoryData<string, string, string> PooledCases()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var row in Csv("expected-pooled.csv"))
        {
            data.Add(row["analysis"], row["measure"], row["r"]);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(PooledCases))]
    public void Evidence_BundledData_PooledResultAgreesWithMetafor(string analysis, string measure, string r)
    {
        var expected = Csv("expected-pooled.csv").Single(x => x["analysis"] == analysis && x["measure"] == measure && x["r"] == r);
        var model = Model(analysis, measure, r);
        var problems = new List<string>();

        Assert.Equal(int.Parse(expected["k"], CultureInfo.InvariantCulture), model.GetProperty("k").GetInt32());
        foreach (var field in PooledFields)
        {
            var name = field == "z" ? "statistic" : field;
            Compare(problems, field, expected[field], model.GetProperty(name));
        }

        if (r == "NA")
        {
            var back = model.GetProperty("transformed");
            Compare(problems, "back_estimate", expected["back_estimate"], back.GetProperty("estimate"));
            Compare(problems, "back_ci_lower", expected["back_ci_lower"], back.GetProperty("ci_lower"));
            Compare(problems, "back_ci_upper", expected["back_ci_upper"], back.GetProperty("ci_upper"));
            Compare(problems, "back_pi_lower", expected["back_pi_lower"], back.GetProperty("pi_lower"));
            Compare(problems, "back_pi_upper", expected["back_pi_upper"], back.GetProperty("pi_upper"));
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public void Evidence_BundledData_StudyEffectsAgreeWithEscalcAtTheDefaultCorrelation()
    {
        var problems = new List<string>();
        var rows = Csv("expected-studies.csv").Where(x => x["r"] is "NA" or "0.5").ToList();

        foreach (var row in rows)
        {
            var study = Model(row["analysis"], row["measure"], row["r"]).GetProperty("studies").EnumerateArray()
                .Single(s => s.GetProperty("study").GetString() == row["study"]);
            Compare(problems, row["study"] + " yi", row["yi"], study.GetProperty("yi"));
            Compare(problems, row["study"] + " vi", row["vi"], study.GetProperty("vi"));
        }

        Assert.Equal(36, rows.Count);
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public void Evidence_BundledData_PoolsExactlyTheRowsTheRScriptNames()
    {
        var expected = Csv("expected-studies.csv").Where(x => x["r"] is "NA" or "0.5")
            .Select(x => x["analysis"] + ":" + x["study"]).Distinct().Order(StringComparer.Ordinal).ToList();

        var actual = Output.Value.RootElement.GetProperty("rows").EnumerateArray()
            .Where(x => x.GetProperty("status").GetString() == "pooled")
            .Select(x => x.GetProperty("analysis").GetString() + ":" + x.GetProperty("study").GetString())
            .Order(StringComparer.Ordinal).ToList();

        Assert.Equal(expected, actual);
    }

    private static JsonElement Model(string analysis, string measure, string r)
    {
        var a = Output.Value.RootElement.GetProperty("analyses").EnumerateArray().Single(x => x.GetProperty("id").GetString() == analysis);
        if (r == "NA" || r == "0.5")
        {
            return a.GetProperty("fits").EnumerateArray().Single(x => x.GetProperty("measure").GetString() == measure);
        }

        var correlation = double.Parse(r, CultureInfo.InvariantCulture);
        return a.GetProperty("sensitivity").EnumerateArray()
            .Single(x => x.GetProperty("measure").GetString() == measure && Math.Abs(x.GetProperty("correlation").GetDouble() - correlation) < 1e-12);
    }

    private static void Compare(List<string> problems, string field, string expected, JsonElement actual)
    {
        if (expected == "NA")
        {
            if (actual.ValueKind != JsonValueKind.Null)
            {
                problems.Add($"{field}: expected null, got {actual}");
            }

            return;
        }

        var e = double.Parse(expected, CultureInfo.InvariantCulture);
        if (actual.ValueKind != JsonValueKind.Number)
        {
            problems.Add($"{field}: expected {e}, got {actual}");
            return;
        }

        var a = actual.GetDouble();
        if (Math.Abs(a - e) > Tolerance * Math.Max(Math.Abs(e), 1e-3))
        {
            problems.Add($"{field}: expected {e:R}, got {a:R}");
        }
    }

    private static List<Dictionary<string, string>> Csv(string file)
    {
        var lines = File.ReadAllLines(Path.Combine(Root, file));
        var header = lines[0].Split(',');
        return lines.Skip(1).Where(l => l.Length > 0)
            .Select(l => header.Zip(l.Split(','), (h, v) => (h, v)).ToDictionary(t => t.h, t => t.v, StringComparer.Ordinal))
            .ToList();
    }
}
