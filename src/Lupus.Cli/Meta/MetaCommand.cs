using System.CommandLine;
using System.Globalization;
using Lupus.Cli.Meta;
using Lupus.Statistics.Meta;

namespace Lupus.Cli;

/// <summary><c>lupus meta</c>: meta-analysis of a CSV of studies with metafor semantics.</summary>
internal static class MetaCommand
{
    private const string Methods = "FE (or EE), DL, HE, HS, SJ, ML, REML, EB, PM, MH, PETO";

    public static Command Create()
    {
        var input = new Option<string>("--input", "-i") { Description = "CSV file, one study per row (columns named as metafor::escalc arguments)", Required = true };
        var measure = new Option<string>("--measure") { Description = "Effect measure: MD, SMD, ROM, RR, OR, RD, PR, PLO, PFT, MC, SMCR, GEN", Required = true };
        var method = new Option<string>("--method") { Description = "Model: " + Methods, DefaultValueFactory = _ => "REML" };
        var test = new Option<string>("--test") { Description = "z or knha (Knapp-Hartung)", DefaultValueFactory = _ => "z" };
        test.AcceptOnlyFromAmong("z", "knha");
        var level = new Option<double>("--level") { Description = "Confidence level in percent", DefaultValueFactory = _ => 95 };
        var ri = new Option<double?>("--ri") { Description = "Pre-post correlation for MC/SMCR rows that lack one" };
        var by = new Option<string?>("--by") { Description = "Fit one model per value of this column; writes a JSON array" };
        var subgroup = new Option<string?>("--subgroup") { Description = "Fit per subgroup of this column and test subgroup differences" };
        var mods = new Option<string?>("--mods") { Description = "Comma-separated numeric moderator columns (meta-regression)" };
        var loo = new Option<bool>("--loo") { Description = "Leave-one-out analysis" };
        var cumulative = new Option<bool>("--cumulative") { Description = "Cumulative analysis in file order" };
        var trimfill = new Option<bool>("--trimfill") { Description = "Trim-and-fill (L0 estimator)" };
        var forest = new Option<string?>("--forest") { Description = "Forest plot file (.png or .svg)" };
        var funnel = new Option<string?>("--funnel") { Description = "Funnel plot file (.png or .svg)" };
        var format = new Option<string>("--format") { Description = "json or text", DefaultValueFactory = _ => "json" };
        format.AcceptOnlyFromAmong("json", "text");
        var output = new Option<string?>("--output", "-o") { Description = "Output file (default: standard output)" };
        var command = new Command("meta", "Meta-analysis: effect sizes, fixed/random-effects models, meta-regression, sensitivity and bias analyses")
        {
            input, measure, method, test, level, ri, by, subgroup, mods, loo, cumulative, trimfill, forest, funnel, format, output,
        };
        command.SetAction(parse =>
        {
            var pooling = ParseMethod(parse.GetValue(method)!, out var estimator);
            var settings = new MetaSettings
            {
                Input = parse.GetValue(input)!,
                Measure = ParseMeasure(parse.GetValue(measure)!),
                Options = new MetaOptions(estimator, parse.GetValue(test) == "knha" ? MetaTest.Knha : MetaTest.Z, ParseLevel(parse.GetValue(level))),
                Pooling = pooling,
                FixedName = parse.GetValue(method)!.Equals("EE", StringComparison.OrdinalIgnoreCase) ? "EE" : null,
                Ri = parse.GetValue(ri),
                By = parse.GetValue(by),
                Subgroup = parse.GetValue(subgroup),
                Mods = parse.GetValue(mods)?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [],
                Loo = parse.GetValue(loo),
                Cumulative = parse.GetValue(cumulative),
                TrimFill = parse.GetValue(trimfill),
                Forest = parse.GetValue(forest),
                Funnel = parse.GetValue(funnel),
                Text = parse.GetValue(format) == "text",
                Output = parse.GetValue(output),
            };
            return MetaRunner.Run(Validate(settings), parse.InvocationConfiguration.Output);
        });
        return command;
    }

    private static EffectMeasure ParseMeasure(string text) =>
        Enum.TryParse<EffectMeasure>(text, ignoreCase: true, out var m) && !int.TryParse(text, CultureInfo.InvariantCulture, out _)
            ? m
            : throw CliInputException.At(null, null, "--measure", $"unknown measure '{text}'; known: MD, SMD, ROM, RR, OR, RD, PR, PLO, PFT, MC, SMCR, GEN");

    private static string? ParseMethod(string text, out Tau2Estimator estimator)
    {
        estimator = Tau2Estimator.FE;
        var upper = text.ToUpperInvariant();
        if (upper is "MH" or "PETO")
        {
            return upper;
        }

        if (upper == "EE")
        {
            return null;
        }

        return Enum.TryParse(upper, out estimator) && !int.TryParse(text, CultureInfo.InvariantCulture, out _)
            ? null
            : throw CliInputException.At(null, null, "--method", $"unknown method '{text}'; known: {Methods}");
    }

    private static double ParseLevel(double level)
    {
        var percent = level is > 0 and < 1 ? level * 100 : level;
        return percent is > 0 and < 100 ? percent : throw CliInputException.At(null, null, "--level", "level must lie between 0 and 100");
    }

    private static MetaSettings Validate(MetaSettings s)
    {
        if (s.Pooling is { } pooling)
        {
            var allowed = pooling == "MH" ? s.Measure is EffectMeasure.RR or EffectMeasure.OR or EffectMeasure.RD : s.Measure == EffectMeasure.OR;
            if (!allowed)
            {
                throw CliInputException.At(null, null, "--method", pooling == "MH" ? "MH needs --measure RR, OR or RD" : "PETO needs --measure OR");
            }

            if (s.Loo || s.Cumulative || s.TrimFill || s.Subgroup is not null || s.Mods.Count > 0 || s.Options.Test == MetaTest.Knha)
            {
                throw CliInputException.At(null, null, "--method", $"{pooling} supports neither knha, --loo, --cumulative, --trimfill, --subgroup nor --mods");
            }
        }

        foreach (var (option, file) in new[] { ("--forest", s.Forest), ("--funnel", s.Funnel) })
        {
            if (file is not null && Path.GetExtension(file).ToUpperInvariant() is not (".PNG" or ".SVG"))
            {
                throw CliInputException.At(null, null, option, $"'{file}' must end in .png or .svg");
            }
        }

        if (s.Ri is { } r && r is < -1 or > 1)
        {
            throw CliInputException.At(null, null, "--ri", "correlation must lie in [-1, 1]");
        }

        return s;
    }
}
