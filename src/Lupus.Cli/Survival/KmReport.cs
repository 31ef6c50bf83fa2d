using System.Text.Json;
using Lupus.Statistics.Survival;

namespace Lupus.Cli.Survival;

/// <summary>The output of <c>lupus survival km</c>.</summary>
internal sealed record KmReport(IReadOnlyList<KmGroup> Groups, ChiSquareTest? LogRank, int Dropped, IReadOnlyList<double> RiskTimes, string? GroupColumn, string? StrataColumn = null)
{
    public void WriteJson(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        writer.WriteStartArray("groups");
        foreach (var group in Groups)
        {
            var curve = group.Curve;
            writer.WriteStartObject();
            writer.WriteString("group", group.Name);
            writer.WriteNumber("n", curve.N);
            writer.WriteNumber("events", curve.Events);
            writer.WriteNumberOrNull("median", curve.Median.Estimate);
            writer.WriteNumberOrNull("median_lower", curve.Median.Lower);
            writer.WriteNumberOrNull("median_upper", curve.Median.Upper);
            writer.WriteStartArray("table");
            foreach (var row in curve.Rows)
            {
                writer.WriteStartObject();
                writer.WriteNumber("time", row.Time);
                writer.WriteNumber("n_risk", row.AtRisk);
                writer.WriteNumber("n_event", row.Events);
                writer.WriteNumber("n_censor", row.Censored);
                writer.WriteNumberOrNull("surv", row.Survival);
                writer.WriteNumberOrNull("std_err", row.StdErr);
                writer.WriteNumberOrNull("lower", row.Lower);
                writer.WriteNumberOrNull("upper", row.Upper);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            if (RiskTimes.Count > 0)
            {
                writer.WriteStartArray("at_risk");
                foreach (var t in RiskTimes)
                {
                    writer.WriteStartObject();
                    writer.WriteNumber("time", t);
                    writer.WriteNumber("n_risk", curve.AtRisk(t));
                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteTest("logrank", LogRank);
        writer.WriteNumber("n_dropped", Dropped);
        writer.WriteEndObject();
    }

    public void WriteText(TextWriter writer)
    {
        var level = Groups[0].Curve.Level * 100;
        writer.WriteLine($"Kaplan-Meier ({Groups[0].Curve.ConfidenceType} limits, {level:G4}%); rows dropped for missing values: {Dropped}");
        writer.WriteLine($"{"group",-16} {"n",7} {"events",7} {"median",10} {"lower",10} {"upper",10}");
        foreach (var group in Groups)
        {
            var c = group.Curve;
            writer.WriteLine($"{group.Name ?? "(all)",-16} {c.N,7} {c.Events,7} {SurvivalOutput.Text(c.Median.Estimate),10} {SurvivalOutput.Text(c.Median.Lower),10} {SurvivalOutput.Text(c.Median.Upper),10}");
        }

        foreach (var t in RiskTimes)
        {
            writer.WriteLine($"at risk at {t:G6}: " + string.Join(", ", Groups.Select(g => $"{g.Name ?? "(all)"} {g.Curve.AtRisk(t)}")));
        }

        if (LogRank is { } test)
        {
            var stratified = StrataColumn is null ? "" : $" (stratified by {StrataColumn})";
            writer.WriteLine($"Log-rank{stratified}: chisq = {SurvivalOutput.Text(test.ChiSquare)} on {test.DegreesOfFreedom} df, p = {SurvivalOutput.Text(test.PValue)}");
        }
    }
}
