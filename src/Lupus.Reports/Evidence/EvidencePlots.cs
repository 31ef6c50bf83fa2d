using System.Globalization;
using Lupus.Reports.Meta;
using Lupus.Statistics.Meta;

namespace Lupus.Reports.Evidence;

/// <summary>Forest plots of an evidence synthesis: pre/post changes on the analysis scale, proportions back-transformed.</summary>
public static class EvidencePlots
{
    /// <summary>The file name (without extension) of one fit's forest plot: <c>forest-&lt;analysis&gt;-&lt;measure&gt;</c>.</summary>
    public static string FileStem(PooledAnalysis analysis, AnalysisFit fit)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        ArgumentNullException.ThrowIfNull(fit);
        return $"forest-{analysis.Analysis.Id}-{fit.Measure.ToString().ToLowerInvariant()}";
    }

    /// <summary>What the forest plot of <paramref name="fit"/> draws.</summary>
    public static MetaPlotData Data(PooledAnalysis analysis, AnalysisFit fit)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        ArgumentNullException.ThrowIfNull(fit);
        var f = fit.Fit;
        var level = f.Options.Level;
        var crit = MathNet.Numerics.Distributions.Normal.InvCDF(0, 1, 1 - (f.Options.Alpha / 2));
        var proportion = fit.HarmonicN is { } n ? (Func<double, double>)(x => BackTransform.Apply(fit.Measure, x, n)) : null;
        var axis = fit.Measure switch
        {
            EffectMeasure.MC => $"Mean change ({analysis.Analysis.Unit}), r = {R(fit.Correlation)}",
            EffectMeasure.SMCR => $"Standardised mean change, r = {R(fit.Correlation)}",
            _ => $"Proportion ({fit.Measure} back-transformed)",
        };
        return new MetaPlotData(
            fit.Studies.Select(s => s.Row.Label + (s.Count is { } c ? $"  {c:0}/{s.Size:0}" : $"  n = {s.Size:0}")).ToArray(),
            fit.Studies.Select(s => s.Yi).ToArray(),
            fit.Studies.Select(s => s.Vi).ToArray(),
            fit.Studies.Select(s => s.Weight).ToArray(),
            f.Estimate,
            f.CiLower,
            f.CiUpper,
            f.PiLower,
            f.PiUpper,
            crit,
            axis,
            false,
            f.Options.Estimator == Tau2Estimator.FE ? "FE Model" : $"RE Model ({f.Options.Estimator})",
            Heterogeneity(f),
            level,
            proportion);
    }

    /// <summary>Writes every forest plot of <paramref name="result"/> into <paramref name="directory"/> as .svg or .png.</summary>
    /// <returns>The paths written, in analysis order.</returns>
    /// <exception cref="ArgumentException"><paramref name="extension"/> is neither ".svg" nor ".png".</exception>
    public static IReadOnlyList<string> Save(EvidenceResult result, string directory, string extension)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (extension is not (".svg" or ".png"))
        {
            throw new ArgumentException("Plots are written as .svg or .png.", nameof(extension));
        }

        Directory.CreateDirectory(directory);
        var written = new List<string>();
        foreach (var a in result.Analyses)
        {
            foreach (var fit in a.Fits)
            {
                var path = Path.Combine(directory, FileStem(a, fit) + extension);
                ForestPlot.Save(Data(a, fit), path);
                written.Add(path);
            }
        }

        return written;
    }

    private static string R(double? r) => r?.ToString("0.0#", CultureInfo.InvariantCulture) ?? "";

    private static string Heterogeneity(MetaFit f)
    {
        static string F(double x, string format) => x.ToString(format, CultureInfo.InvariantCulture);
        var p = f.QP < 0.001 ? "p < 0.001" : "p = " + F(f.QP, "0.000");
        return $"Heterogeneity: τ² = {F(f.Tau2.Tau2, "0.000")}, I² = {F(f.I2, "0.0")}%, Q({f.QDf}) = {F(f.Q, "0.00")}, {p}";
    }
}
