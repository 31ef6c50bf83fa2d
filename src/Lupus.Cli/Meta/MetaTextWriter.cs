using System.Globalization;
using Lupus.Statistics.Meta;

namespace Lupus.Cli.Meta;

/// <summary>A readable summary in the spirit of metafor's print method.</summary>
internal static class MetaTextWriter
{
    public static void Write(TextWriter w, MetaReport r)
    {
        var s = r.Settings;
        if (r.Group is { } group)
        {
            w.WriteLine($"== {s.By} = {group} ==");
        }

        var k = r.Fit?.K ?? r.Pooled!.K;
        var kind = r.Pooled is not null ? $"Fixed-effects model ({s.MethodName})"
            : s.Options.Estimator == Tau2Estimator.FE ? "Fixed-effects model" : $"Random-effects model (tau^2 estimator: {s.MethodName})";
        w.WriteLine($"{kind}, measure {s.Measure}, k = {k}");
        w.WriteLine();
        if (r.Fit is { } fit)
        {
            if (!fit.Tau2.Converged)
            {
                w.WriteLine($"The {s.MethodName} estimator did not converge ({fit.Tau2.Method}).");
                return;
            }

            if (s.Options.Estimator != Tau2Estimator.FE)
            {
                var ci = fit.Tau2Ci is { } c ? $" [{F(c.Lower)}, {F(c.Upper)}]" : "";
                w.WriteLine($"tau^2 (estimated amount of total heterogeneity): {F(fit.Tau2.Tau2)} (SE = {F(fit.Tau2.Se)}){ci}");
            }

            w.WriteLine($"I^2 (total heterogeneity / total variability):   {F(fit.I2, 2)}%");
            w.WriteLine($"H^2 (total variability / sampling variability):  {F(fit.H2, 2)}");
            w.WriteLine();
            w.WriteLine($"Test for Heterogeneity: Q(df = {fit.QDf}) = {F(fit.Q)}, p-val {P(fit.QP)}");
            w.WriteLine();
            Estimate(w, s.Options.Test == MetaTest.Knha ? $"t({fit.Df})" : "z", fit.Estimate, fit.Se, fit.Statistic, fit.P, fit.CiLower, fit.CiUpper);
            if (fit.PiLower is { } lo && fit.PiUpper is { } hi)
            {
                w.WriteLine($"Prediction interval: [{F(lo)}, {F(hi)}]");
            }

            if (r.Egger is { } egger)
            {
                w.WriteLine($"Egger's regression test: statistic = {F(egger.Statistic)}, p-val {P(egger.P)}");
            }

            Back(w, r, fit.Estimate, fit.CiLower, fit.CiUpper);
        }
        else if (r.Pooled is { } pooled)
        {
            w.WriteLine($"Test for Heterogeneity: Q(df = {pooled.QDf}) = {F(pooled.Q)}, p-val {P(pooled.QP)}");
            w.WriteLine();
            Estimate(w, "z", pooled.Estimate, pooled.Se, pooled.Statistic, pooled.P, pooled.CiLower, pooled.CiUpper);
            Back(w, r, pooled.Estimate, pooled.CiLower, pooled.CiUpper);
        }

        Extras(w, r);
        w.WriteLine();
    }

    private static void Estimate(TextWriter w, string stat, double estimate, double se, double statistic, double p, double lower, double upper)
    {
        w.WriteLine($"Model results ({stat} test):");
        w.WriteLine($"  estimate = {F(estimate)}, se = {F(se)}, {stat} = {F(statistic)}, p-val {P(p)}, CI [{F(lower)}, {F(upper)}]");
    }

    private static void Back(TextWriter w, MetaReport r, double estimate, double lower, double upper)
    {
        var m = r.Settings.Measure;
        if (BackTransform.Applies(m))
        {
            w.WriteLine($"Back-transformed: {F(BackTransform.Apply(m, estimate, r.HarmonicN))} [{F(BackTransform.Apply(m, lower, r.HarmonicN))}, {F(BackTransform.Apply(m, upper, r.HarmonicN))}]");
        }
    }

    private static void Extras(TextWriter w, MetaReport r)
    {
        if (r.TrimFill is { } tf)
        {
            w.WriteLine($"Trim-and-fill: {tf.K0} {(tf.K0 == 1 ? "study" : "studies")} imputed on the {tf.Side} side; estimate = {F(tf.Fit.Estimate)} [{F(tf.Fit.CiLower)}, {F(tf.Fit.CiUpper)}]");
        }

        if (r.Subgroups is { } sg)
        {
            foreach (var (group, f) in sg.Groups)
            {
                w.WriteLine($"Subgroup {group}: k = {f.K}, estimate = {F(f.Estimate)} [{F(f.CiLower)}, {F(f.CiUpper)}], tau^2 = {F(f.Tau2.Tau2)}");
            }

            w.WriteLine($"Test for subgroup differences: Q(df = {sg.Df}) = {F(sg.Q)}, p-val {P(sg.P)}");
        }

        if (r.Regression is { } reg)
        {
            var qm = reg.Moderators!.Df2 is { } df2 ? $"F({reg.Moderators.Df1}, {df2})" : $"QM(df = {reg.Moderators.Df1})";
            w.WriteLine($"Meta-regression (k = {reg.K}): {qm} = {F(reg.Moderators.Statistic)}, p-val {P(reg.Moderators.P)}; QE(df = {reg.QDf}) = {F(reg.Q)}; R^2 = {F(r.R2, 2)}%");
            w.WriteLine($"  {"",-10} {"estimate",10} {"se",10} {"stat",10} {"p-val",10}  CI");
            foreach (var c in reg.Coefficients)
            {
                w.WriteLine($"  {c.Name,-10} {F(c.Estimate),10} {F(c.Se),10} {F(c.Statistic),10} {P(c.P),10} [{F(c.CiLower)}, {F(c.CiUpper)}]");
            }
        }

        Series(w, "Leave-one-out (omitted study)", r, r.LeaveOneOut);
        Series(w, "Cumulative (study added)", r, r.Cumulative);
    }

    private static void Series(TextWriter w, string title, MetaReport r, IReadOnlyList<MetaFit?>? fits)
    {
        if (fits is null)
        {
            return;
        }

        w.WriteLine(title + ":");
        for (var i = 0; i < fits.Count; i++)
        {
            var f = fits[i];
            w.WriteLine($"  {r.Studies[i].Label,-28} {F(f?.Estimate),10} [{F(f?.CiLower)}, {F(f?.CiUpper)}]  tau^2 = {F(f?.Tau2.Tau2)}  I^2 = {F(f?.I2, 2)}%");
        }
    }

    private static string F(double? value, int digits = 4) =>
        value is { } v && double.IsFinite(v) ? v.ToString("F" + digits.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture) : "NA";

    private static string P(double p) => p < 1e-4 ? "< .0001" : "= " + F(p);
}
