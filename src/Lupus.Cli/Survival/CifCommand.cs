using System.CommandLine;
using System.Globalization;
using Lupus.Statistics.Survival;

namespace Lupus.Cli.Survival;

/// <summary><c>lupus survival cif</c>: Aalen-Johansen cumulative incidence of competing events, overall and per group.</summary>
internal static class CifCommand
{
    public static Command Create()
    {
        var common = new SurvivalOptions();
        var status = new Option<string>("--status") { Description = "Status column: 0 = censored, any other value names the event type", Required = true };
        var group = new Option<string?>("--group") { Description = "Column whose values define groups (curves per group)" };
        var strata = new Option<string?>("--strata") { Description = "Column whose values define strata: Gray's test compares groups within strata" };
        var rho = new Option<double>("--rho") { Description = "Exponent of Gray's test weight {1 - F(t-)}^rho (default 0)", DefaultValueFactory = _ => 0 };
        var plot = new Option<string?>("--plot") { Description = "Write the curves to this .svg or .png file" };
        var command = new Command("cif", "Competing risks: Aalen-Johansen cumulative incidence per cause with standard errors, Gray's test between groups")
        {
            status, group, strata, rho, plot,
        };
        common.AddTo(command);
        command.SetAction(parse => Run(
            new CifSettings(
                parse.GetValue(common.Input)!,
                parse.GetValue(common.Time)!,
                parse.GetValue(status)!,
                parse.GetValue(group),
                parse.GetValue(plot),
                common.GetFormat(parse),
                parse.GetValue(common.Output),
                parse.GetValue(strata),
                parse.GetValue(rho)),
            parse.InvocationConfiguration.Output));
        return command;
    }

    internal static int Run(CifSettings settings, TextWriter console)
    {
        if (!(settings.Rho >= 0) || double.IsInfinity(settings.Rho))
        {
            throw CliInputException.At(null, null, "--rho", $"rho must be a finite number of 0 or more; found {settings.Rho}");
        }

        if (settings.Strata is not null && settings.Group is null)
        {
            throw CliInputException.At(null, null, "--strata", "--strata needs --group (strata apply to Gray's test between groups)");
        }

        var wanted = new List<(string, ColumnKind)> { (settings.Time, ColumnKind.Time), (settings.Status, ColumnKind.Status) };
        if (settings.Group is { } groupColumn)
        {
            wanted.Add((groupColumn, ColumnKind.Label));
        }

        if (settings.Strata is { } strataColumn)
        {
            wanted.Add((strataColumn, ColumnKind.Label));
        }

        var data = SurvivalColumns.Load(settings.Input, wanted);
        var time = data.Numbers(settings.Time);
        var (statusCodes, statusLabels) = data.Labels(settings.Status);
        var (causeOf, causeNames) = Causes(statusLabels);
        var cause = statusCodes.Select(c => causeOf[c]).ToArray();
        if (causeNames.Length == 0)
        {
            throw CliInputException.At(settings.Input, null, settings.Status, "there are no events (every status is 0)");
        }

        var overall = CumulativeIncidence.Fit(time, cause, causeNames.Length);
        var groups = new List<CifGroup>();
        GrayTestResult? gray = null;
        if (settings.Group is { } g)
        {
            var (codes, labels) = data.Labels(g);
            var strataCodes = settings.Strata is { } s ? data.Labels(s).Codes : [];
            gray = labels.Length >= 2 ? GrayTest.Test(time, cause, codes, strataCodes, settings.Rho) : null;
            var times = CodeSplit.By<double>(codes, labels.Length, time);
            var causes = CodeSplit.By<int>(codes, labels.Length, cause);
            for (var code = 0; code < labels.Length; code++)
            {
                var fit = CumulativeIncidence.Fit(times[code], causes[code], causeNames.Length);
                groups.Add(new CifGroup(labels[code], fit));
            }
        }

        var report = new CifReport(causeNames, overall, groups, data.Dropped, gray, settings.Strata);
        SurvivalOutput.Write(settings.Output, console, settings.Format, report.WriteJson, report.WriteText);
        if (settings.Plot is { } plotFile)
        {
            SurvivalPlotFiles.CumulativeIncidence(plotFile, report);
        }

        return ExitCodes.Success;
    }

    /// <summary>Maps status labels to 0 (censored: the value 0) or cause codes 1..k in label order.</summary>
    private static (int[] CauseOf, string[] Names) Causes(string[] labels)
    {
        var causeOf = new int[labels.Length];
        var names = new List<string>();
        for (var i = 0; i < labels.Length; i++)
        {
            var censored = double.TryParse(labels[i], NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && v == 0;
            if (!censored)
            {
                names.Add(labels[i]);
                causeOf[i] = names.Count;
            }
        }

        return (causeOf, [.. names]);
    }
}
