using System.Text.Json;
using Lupus.Statistics.Survival;

namespace Lupus.Cli.Survival;

/// <summary>The output of <c>lupus survival cox</c>.</summary>
internal sealed record CoxReport(CoxFit Fit, ProportionalHazardsResult? Zph, int Dropped)
{
    public void WriteJson(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        writer.WriteNumber("n", Fit.N);
        writer.WriteNumber("events", Fit.Events);
        writer.WriteNumber("n_dropped", Dropped);
        writer.WriteString("ties", Fit.Ties == TiesMethod.Efron ? "efron" : "breslow");
        writer.WriteStartArray("coefficients");
        foreach (var c in Fit.Coefficients)
        {
            writer.WriteStartObject();
            writer.WriteString("name", c.Name);
            writer.WriteNumberOrNull("coef", c.Coefficient);
            writer.WriteNumberOrNull("hr", c.HazardRatio);
            writer.WriteNumberOrNull("se", c.StdErr);
            writer.WriteNumberOrNull("z", c.Z);
            writer.WriteNumberOrNull("p", c.PValue);
            writer.WriteNumberOrNull("hr_lower", c.HazardRatioLower);
            writer.WriteNumberOrNull("hr_upper", c.HazardRatioUpper);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteNumberOrNull("loglik_null", Fit.LogLikNull);
        writer.WriteNumberOrNull("loglik", Fit.LogLik);
        writer.WriteTest("lr_test", Fit.LikelihoodRatio);
        writer.WriteTest("wald_test", Fit.Wald);
        writer.WriteTest("score_test", Fit.Score);
        writer.WriteNumberOrNull("concordance", Fit.Concordance.Value);
        writer.WriteBoolean("converged", Fit.Converged);
        writer.WriteNumber("iterations", Fit.Iterations);
        if (Zph is null)
        {
            writer.WriteNull("zph");
        }
        else
        {
            writer.WriteStartObject("zph");
            writer.WriteString("transform", Zph.Transform);
            writer.WriteStartArray("terms");
            foreach (var term in Zph.Terms)
            {
                writer.WriteStartObject();
                writer.WriteString("name", term.Name);
                writer.WriteNumberOrNull("chisq", term.Test.ChiSquare);
                writer.WriteNumber("df", term.Test.DegreesOfFreedom);
                writer.WriteNumberOrNull("p", term.Test.PValue);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteTest("global", Zph.Global);
            writer.WriteEndObject();
        }

        writer.WriteEndObject();
    }

    public void WriteText(TextWriter writer)
    {
        writer.WriteLine($"Cox proportional hazards ({Fit.Ties} ties): n = {Fit.N}, events = {Fit.Events}, dropped (missing values) = {Dropped}");
        writer.WriteLine($"{"covariate",-16} {"coef",10} {"HR",10} {"se",10} {"z",8} {"p",10} {"HR lower",10} {"HR upper",10}");
        foreach (var c in Fit.Coefficients)
        {
            writer.WriteLine($"{c.Name,-16} {T(c.Coefficient),10} {T(c.HazardRatio),10} {T(c.StdErr),10} {T(c.Z),8} {T(c.PValue),10} {T(c.HazardRatioLower),10} {T(c.HazardRatioUpper),10}");
        }

        writer.WriteLine($"Concordance = {T(Fit.Concordance.Value)}; log-likelihood {T(Fit.LogLikNull)} -> {T(Fit.LogLik)}");
        Line(writer, "Likelihood ratio test", Fit.LikelihoodRatio);
        Line(writer, "Wald test", Fit.Wald);
        Line(writer, "Score (log-rank) test", Fit.Score);
        if (Zph is not null)
        {
            writer.WriteLine("Proportional hazards test (KM transform):");
            foreach (var term in Zph.Terms)
            {
                Line(writer, "  " + term.Name, term.Test);
            }

            Line(writer, "  GLOBAL", Zph.Global);
        }
    }

    private static string T(double value) => SurvivalOutput.Text(value);

    private static void Line(TextWriter writer, string label, ChiSquareTest test) =>
        writer.WriteLine($"{label,-24} chisq = {T(test.ChiSquare)} on {test.DegreesOfFreedom} df, p = {T(test.PValue)}");
}
