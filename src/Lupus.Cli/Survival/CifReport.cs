using System.Text.Json;
using Lupus.Statistics.Survival;

namespace Lupus.Cli.Survival;

/// <summary>
/// The output of <c>lupus survival cif</c>: all subjects' curves under <c>causes</c>, per-group curves under <c>groups</c>,
/// Gray's test per cause under <c>gray</c> (null without groups).
/// </summary>
internal sealed record CifReport(
    IReadOnlyList<string> CauseNames, CumulativeIncidenceResult Overall, IReadOnlyList<CifGroup> Groups, int Dropped, GrayTestResult? Gray = null, string? StrataColumn = null)
{
    public void WriteJson(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        WriteCauses(writer, Overall);
        if (Groups.Count > 0)
        {
            writer.WriteStartArray("groups");
            foreach (var group in Groups)
            {
                writer.WriteStartObject();
                writer.WriteString("group", group.Name);
                writer.WriteNumber("n", group.Result.N);
                WriteCauses(writer, group.Result);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        writer.WriteNumber("n_dropped", Dropped);
        WriteGray(writer);
        writer.WriteEndObject();
    }

    public void WriteText(TextWriter writer)
    {
        writer.WriteLine($"Cumulative incidence (Aalen-Johansen); rows dropped for missing values: {Dropped}");
        Summary(writer, "(all)", Overall);
        foreach (var group in Groups)
        {
            Summary(writer, group.Name, group.Result);
        }

        if (Gray is { } gray)
        {
            var stratified = StrataColumn is null ? "" : $", stratified by {StrataColumn}";
            writer.WriteLine($"Gray's test between groups (rho = {SurvivalOutput.Text(gray.Rho)}{stratified}):");
            foreach (var test in gray.Causes)
            {
                writer.WriteLine($"  cause {CauseNames[test.Cause - 1],-12} chisq = {SurvivalOutput.Text(test.Test.ChiSquare)} on {test.Test.DegreesOfFreedom} df, p = {SurvivalOutput.Text(test.Test.PValue)}");
            }
        }
    }

    private void WriteGray(Utf8JsonWriter writer)
    {
        if (Gray is null)
        {
            writer.WriteNull("gray");
            return;
        }

        writer.WriteStartArray("gray");
        foreach (var test in Gray.Causes)
        {
            writer.WriteStartObject();
            writer.WriteString("cause", CauseNames[test.Cause - 1]);
            writer.WriteNumberOrNull("chisq", test.Test.ChiSquare);
            writer.WriteNumber("df", test.Test.DegreesOfFreedom);
            writer.WriteNumberOrNull("p", test.Test.PValue);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private void Summary(TextWriter writer, string name, CumulativeIncidenceResult result)
    {
        foreach (var curve in result.Causes)
        {
            var last = curve.Incidence.Count - 1;
            writer.WriteLine($"{name,-16} cause {CauseNames[curve.Cause - 1],-12} events {curve.Events,7}  final CIF {SurvivalOutput.Text(curve.Incidence[last])} (se {SurvivalOutput.Text(curve.StdErr[last])}) at t = {SurvivalOutput.Text(result.Times[last])}");
        }
    }

    private void WriteCauses(Utf8JsonWriter writer, CumulativeIncidenceResult result)
    {
        writer.WriteStartArray("causes");
        foreach (var curve in result.Causes)
        {
            writer.WriteStartObject();
            writer.WriteString("cause", CauseNames[curve.Cause - 1]);
            writer.WriteStartArray("table");
            for (var i = 0; i < result.Times.Count; i++)
            {
                writer.WriteStartObject();
                writer.WriteNumber("time", result.Times[i]);
                writer.WriteNumberOrNull("cif", curve.Incidence[i]);
                writer.WriteNumberOrNull("std_err", curve.StdErr[i]);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }
}
