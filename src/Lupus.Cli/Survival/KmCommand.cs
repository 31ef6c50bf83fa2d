using System.CommandLine;
using System.Globalization;
using Lupus.Statistics.Survival;

namespace Lupus.Cli.Survival;

/// <summary><c>lupus survival km</c>: Kaplan-Meier curves per group, with the log-rank test between groups.</summary>
internal static class KmCommand
{
    public static Command Create()
    {
        var common = new SurvivalOptions();
        var eventColumn = SurvivalOptions.CreateEvent();
        var group = new Option<string?>("--group") { Description = "Column whose values define the groups to compare" };
        var strata = new Option<string?>("--strata") { Description = "Column whose values define strata: the log-rank test compares groups within strata" };
        var confType = new Option<string>("--conf-type") { Description = "Confidence interval scale: log (default), log-log or plain", DefaultValueFactory = _ => "log" };
        confType.AcceptOnlyFromAmong("log", "log-log", "plain");
        var level = new Option<double>("--level") { Description = "Confidence level in percent (default 95)", DefaultValueFactory = _ => 95 };
        var plot = new Option<string?>("--plot") { Description = "Write the curves to this .svg or .png file" };
        var riskTimes = new Option<string?>("--risk-times") { Description = "Comma-separated times at which to report (and plot) the numbers at risk" };
        var command = new Command("km", "Kaplan-Meier survival curves with Greenwood confidence limits, median survival and the log-rank test")
        {
            eventColumn, group, strata, confType, level, plot, riskTimes,
        };
        common.AddTo(command);
        command.SetAction(parse => Run(
            new KmSettings(
                parse.GetValue(common.Input)!,
                parse.GetValue(common.Time)!,
                parse.GetValue(eventColumn)!,
                parse.GetValue(group),
                parse.GetValue(strata),
                parse.GetValue(confType) switch { "plain" => ConfidenceType.Plain, "log-log" => ConfidenceType.LogLog, _ => ConfidenceType.Log },
                parse.GetValue(level),
                parse.GetValue(plot),
                ParseTimes(parse.GetValue(riskTimes)),
                common.GetFormat(parse),
                parse.GetValue(common.Output)),
            parse.InvocationConfiguration.Output));
        return command;
    }

    internal static int Run(KmSettings settings, TextWriter console)
    {
        var level = SurvivalLevel.Fraction(settings.Level);
        var wanted = new List<(string, ColumnKind)> { (settings.Time, ColumnKind.Time), (settings.Event, ColumnKind.Event) };
        if (settings.Group is { } groupColumn)
        {
            wanted.Add((groupColumn, ColumnKind.Label));
        }

        if (settings.Strata is { } strataColumn)
        {
            wanted.Add((strataColumn, ColumnKind.Label));
        }

        var data = SurvivalColumns.Load(settings.Input, wanted);
        if (data.Rows == 0)
        {
            throw CliInputException.At(settings.Input, null, null, "no complete rows to analyse");
        }

        var time = data.Numbers(settings.Time);
        var status = data.Flags(settings.Event);
        var (codes, labels) = settings.Group is { } g ? data.Labels(g) : (new int[time.Length], new[] { (string?)null! });
        var curves = new List<KmGroup>();
        var times = CodeSplit.By<double>(codes, labels.Length, time);
        var flags = CodeSplit.By<bool>(codes, labels.Length, status);
        for (var code = 0; code < labels.Length; code++)
        {
            var curve = KaplanMeier.Fit(times[code], flags[code], settings.ConfidenceType, level);
            curves.Add(new KmGroup(settings.Group is null ? null : labels[code], curve));
        }

        var strataCodes = settings.Strata is { } s ? data.Labels(s).Codes : [];
        var logRank = labels.Length >= 2 ? LogRank.Test(time, status, codes, strataCodes).Test : null;
        var result = new KmReport(curves, logRank, data.Dropped, settings.RiskTimes, settings.Group, settings.Strata);
        SurvivalOutput.Write(settings.Output, console, settings.Format, result.WriteJson, result.WriteText);
        if (settings.Plot is { } plotFile)
        {
            SurvivalPlotFiles.KaplanMeier(plotFile, result);
        }

        return ExitCodes.Success;
    }

    private static double[] ParseTimes(string? text) =>
        text is null ? [] : text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(t =>
            double.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && v >= 0
                ? v
                : throw CliInputException.At(null, null, "--risk-times", $"'{t}' is not a time")).ToArray();
}
