using System.CommandLine;
using Lupus.Statistics.Survival;

namespace Lupus.Cli.Survival;

/// <summary><c>lupus survival cox</c>: Cox proportional hazards regression, optionally with the proportional-hazards test.</summary>
internal static class CoxCommand
{
    public static Command Create()
    {
        var common = new SurvivalOptions();
        var eventColumn = SurvivalOptions.CreateEvent();
        var covariates = new Option<string>("--covariates") { Description = "Comma-separated numeric covariate columns", Required = true };
        var strata = new Option<string?>("--strata") { Description = "Column whose values define strata (separate baseline hazards)" };
        var ties = new Option<string>("--ties") { Description = "Tie handling: efron (default) or breslow", DefaultValueFactory = _ => "efron" };
        ties.AcceptOnlyFromAmong("efron", "breslow");
        var zph = new Option<bool>("--zph") { Description = "Add the proportional-hazards test (cox.zph, KM transform)" };
        var level = new Option<double>("--level") { Description = "Confidence level of the hazard-ratio limits in percent (default 95)", DefaultValueFactory = _ => 95 };
        var command = new Command("cox", "Cox proportional hazards regression (Efron or Breslow ties, strata, likelihood-ratio, Wald and score tests)")
        {
            eventColumn, covariates, strata, ties, zph, level,
        };
        common.AddTo(command);
        command.SetAction(parse => Run(
            new CoxSettings(
                parse.GetValue(common.Input)!,
                parse.GetValue(common.Time)!,
                parse.GetValue(eventColumn)!,
                [.. parse.GetValue(covariates)!.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)],
                parse.GetValue(strata),
                parse.GetValue(ties) == "breslow" ? TiesMethod.Breslow : TiesMethod.Efron,
                parse.GetValue(zph),
                parse.GetValue(level),
                common.GetFormat(parse),
                parse.GetValue(common.Output)),
            parse.InvocationConfiguration.Output,
            parse.InvocationConfiguration.Error));
        return command;
    }

    internal static int Run(CoxSettings settings, TextWriter console, TextWriter error)
    {
        var level = SurvivalLevel.Fraction(settings.Level);
        if (settings.Covariates.Count == 0)
        {
            throw CliInputException.At(null, null, "--covariates", "name at least one covariate column");
        }

        var wanted = new List<(string, ColumnKind)> { (settings.Time, ColumnKind.Time), (settings.Event, ColumnKind.Event) };
        wanted.AddRange(settings.Covariates.Select(c => (c, ColumnKind.Number)));
        if (settings.Strata is { } strataColumn)
        {
            wanted.Add((strataColumn, ColumnKind.Label));
        }

        var data = SurvivalColumns.Load(settings.Input, wanted);
        var time = data.Numbers(settings.Time);
        var status = data.Flags(settings.Event);
        if (!status.Contains(true))
        {
            throw CliInputException.At(settings.Input, null, settings.Event, "there are no events among the complete rows");
        }

        var covariates = settings.Covariates.Select(c => new Covariate(c, data.Numbers(c))).ToArray();
        var strata = settings.Strata is { } s ? data.Labels(s).Codes : [];
        try
        {
            var fit = CoxRegression.Fit(time, status, covariates, strata, new CoxOptions(settings.Ties, level));
            if (!fit.Converged)
            {
                error.WriteLine($"lupus: error: the Cox model did not converge in {fit.Iterations} iterations (a coefficient may be infinite)");
                return ExitCodes.Failure;
            }

            var zph = settings.Zph ? ProportionalHazards.Test(time, status, covariates, fit, strata) : null;
            var report = new CoxReport(fit, zph, data.Dropped);
            SurvivalOutput.Write(settings.Output, console, settings.Format, report.WriteJson, report.WriteText);
            return ExitCodes.Success;
        }
        catch (SurvivalFitException e)
        {
            error.WriteLine($"lupus: error: {settings.Input}: {Named(e.Message, settings.Covariates)}");
            return ExitCodes.Failure;
        }
    }

    // The model numbers covariates from 1; name them for the message.
    private static string Named(string message, IReadOnlyList<string> covariates)
    {
        for (var j = covariates.Count; j >= 1; j--)
        {
            message = message.Replace($"covariate {j} ", $"covariate '{covariates[j - 1]}' ", StringComparison.Ordinal);
        }

        return message;
    }
}
