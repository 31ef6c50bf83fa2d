using System.CommandLine;
using System.Globalization;
using Lupus.Reports.Evidence;
using Lupus.Cli.Evidence;
using Lupus.Statistics.Meta;

namespace Lupus.Cli;

/// <summary><c>lupus evidence</c>: meta-analysis of the published MSC-in-SLE studies bundled in <c>data/</c>.</summary>
internal static class EvidenceCommand
{
    public static Command Create()
    {
        var input = new Option<string>("--input", "-i") { Description = "Study results CSV (default: the bundled data/msc-sle-studies.csv)", DefaultValueFactory = _ => EvidenceInputReader.Bundled("msc-sle-studies.csv") };
        var overlap = new Option<string>("--overlap") { Description = "Declared cohort overlaps CSV (default: the bundled data/msc-sle-overlap.csv)", DefaultValueFactory = _ => EvidenceInputReader.Bundled("msc-sle-overlap.csv") };
        var published = new Option<string>("--published") { Description = "Published pooled figures CSV (default: the bundled data/msc-sle-published.csv)", DefaultValueFactory = _ => EvidenceInputReader.Bundled("msc-sle-published.csv") };
        var ri = new Option<double>("--ri") { Description = "Assumed pre-post correlation for MC/SMCR", DefaultValueFactory = _ => 0.5 };
        var method = new Option<string>("--method") { Description = "tau² estimator: REML, DL, HE, HS, SJ, ML, EB, PM or FE", DefaultValueFactory = _ => "REML" };
        var test = new Option<string>("--test") { Description = "z or knha (Knapp-Hartung)", DefaultValueFactory = _ => "z" };
        test.AcceptOnlyFromAmong("z", "knha");
        var level = new Option<double>("--level") { Description = "Confidence level in percent", DefaultValueFactory = _ => 95 };
        var format = new Option<string>("--format") { Description = "text or json (standard output)", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var outDir = new Option<string?>("--out") { Description = "Directory for the forest plots, evidence.html (fragment) and evidence.json" };
        var plotFormat = new Option<string>("--plot-format") { Description = "svg or png", DefaultValueFactory = _ => "svg" };
        plotFormat.AcceptOnlyFromAmong("svg", "png");
        var command = new Command("evidence", "Evidence synthesis of published MSC-in-SLE studies: pre/post changes, survival, relapse and remission")
        {
            input, overlap, published, ri, method, test, level, format, outDir, plotFormat,
        };
        command.SetAction(parse =>
        {
            var r = parse.GetValue(ri);
            if (r is < -1 or > 1 || double.IsNaN(r))
            {
                throw CliInputException.At(null, null, "--ri", "correlation must lie in [-1, 1]");
            }

            var lvl = parse.GetValue(level);
            if (lvl is <= 0 or >= 100)
            {
                throw CliInputException.At(null, null, "--level", "level must lie between 0 and 100");
            }

            var options = new EvidenceOptions
            {
                Correlation = r,
                Meta = new MetaOptions(Estimator(parse.GetValue(method)!), parse.GetValue(test) == "knha" ? MetaTest.Knha : MetaTest.Z, lvl),
            };
            var settings = new EvidenceSettings(parse.GetValue(input)!, parse.GetValue(overlap)!, parse.GetValue(published)!, options,
                parse.GetValue(outDir), parse.GetValue(format) == "json", "." + parse.GetValue(plotFormat));
            return EvidenceRunner.Run(settings, parse.InvocationConfiguration.Output);
        });
        return command;
    }

    private static Tau2Estimator Estimator(string text) =>
        Enum.TryParse<Tau2Estimator>(text, ignoreCase: true, out var e) && !int.TryParse(text, CultureInfo.InvariantCulture, out _)
            ? e
            : throw CliInputException.At(null, null, "--method", $"unknown tau² estimator '{text}'; known: REML, DL, HE, HS, SJ, ML, EB, PM, FE");
}
