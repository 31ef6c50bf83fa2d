using Lupus.Statistics.Meta;

namespace Lupus.Reports.Evidence;

/// <summary>Meta-analyses published MSC-in-SLE study results: pre/post changes as MC and SMCR, proportions as PLO and PFT.</summary>
/// <remarks>
/// Each fit is <c>metafor::rma(yi, vi)</c> on <c>escalc</c> effects with the options' estimator and test. MC is the raw
/// mean change (follow-up − baseline) with variance (sd₁² + sd₂² − 2·r·sd₁·sd₂)/n; SMCR standardises the change by the
/// baseline SD (Becker 1988; <c>escalc("SMCR", m1i = post, m2i = pre, sd1i = sd_pre, ni, ri)</c>). The pre-post
/// correlation r is never reported by the studies, so it is assumed (<see cref="EvidenceOptions.Correlation"/>) and
/// varied over <see cref="EvidenceOptions.SensitivityCorrelations"/>. Proportions use <c>escalc("PLO")</c> and
/// <c>escalc("PFT")</c>, back-transformed with <c>transf.ilogit</c> and <c>transf.ipft.hm</c>. Which rows enter is
/// decided by <see cref="RowSelection"/>; every row's fate is in <see cref="EvidenceResult.Rows"/>.
/// </remarks>
public static class EvidenceSynthesis
{
    /// <summary>Runs every analysis of <paramref name="options"/> on <paramref name="studies"/>.</summary>
    /// <exception cref="ArgumentException">Two overlap declarations name the same study, or a correlation lies outside [−1, 1].</exception>
    public static EvidenceResult Run(IReadOnlyList<EvidenceRow> studies, EvidenceOptions options)
    {
        ArgumentNullException.ThrowIfNull(studies);
        ArgumentNullException.ThrowIfNull(options);
        if (options.SensitivityCorrelations.Append(options.Correlation).Any(r => r is < -1 or > 1 || double.IsNaN(r)))
        {
            throw new ArgumentException("Correlations must lie in [-1, 1].", nameof(options));
        }

        var (rows, pooled, skipped) = RowSelection.Select(studies, options);
        var analyses = pooled.Select(p => p.Analysis.Kind == AnalysisKind.PrePost
            ? PrePost(p.Analysis, p.Rows, options)
            : Proportion(p.Analysis, p.Rows, options)).ToList();
        return new EvidenceResult(analyses, skipped, rows, options.Published, options);
    }

    private static PooledAnalysis PrePost(EvidenceAnalysis a, List<EvidenceRow> rows, EvidenceOptions o)
    {
        EffectMeasure[] measures = [EffectMeasure.MC, EffectMeasure.SMCR];
        var fits = measures.Select(m => PrePostFit(a, rows, m, o.Correlation, o.Meta)).ToList();
        var sensitivity = measures
            .SelectMany(m => o.SensitivityCorrelations.Select(r => new SensitivityPoint(m, r, PrePostFit(a, rows, m, r, o.Meta).Fit)))
            .ToList();
        return new PooledAnalysis(a, rows, fits, sensitivity);
    }

    private static AnalysisFit PrePostFit(EvidenceAnalysis a, List<EvidenceRow> rows, EffectMeasure measure, double r, MetaOptions meta)
    {
        var effects = rows.Select(row =>
        {
            var f = a.UnitFactors[row.Unit];
            // SMCR standardises by sd1i, which must be the baseline SD; MC is symmetric in the two SDs.
            var (sd1, sd2) = measure == EffectMeasure.SMCR ? (row.PreSd!.Value, row.PostSd!.Value) : (row.PostSd!.Value, row.PreSd!.Value);
            return EffectSizes.MeanChange(measure, row.PostMean!.Value * f, row.PreMean!.Value * f, sd1 * f, sd2 * f, row.N!.Value, r);
        }).ToList();
        var fit = MetaAnalysis.Fit(effects.Select(e => e.Yi).ToList(), effects.Select(e => e.Vi).ToList(), meta);
        var studies = rows.Select((row, i) => new StudyEffect(row, effects[i].Yi, effects[i].Vi, Weight(fit, i), row.N!.Value, null)).ToList();
        return new AnalysisFit(measure, r, fit, studies, null, null);
    }

    private static PooledAnalysis Proportion(EvidenceAnalysis a, List<EvidenceRow> rows, EvidenceOptions o)
    {
        var counts = rows.Select(row => a.Sources.First(s => s.Outcome == row.Outcome).Complement ? row.Total!.Value - row.Events!.Value : row.Events!.Value).ToList();
        var totals = rows.Select(row => row.Total!.Value).ToList();
        var harmonic = BackTransform.HarmonicMean(totals);
        var fits = new List<AnalysisFit>();
        foreach (var m in new[] { EffectMeasure.PLO, EffectMeasure.PFT })
        {
            var effects = rows.Select((_, i) => EffectSizes.Proportion(m, counts[i], totals[i])).ToList();
            var fit = MetaAnalysis.Fit(effects.Select(e => e.Yi).ToList(), effects.Select(e => e.Vi).ToList(), o.Meta);
            double Back(double x) => BackTransform.Apply(m, x, harmonic);
            var back = new BackTransformed(Back(fit.Estimate), Back(fit.CiLower), Back(fit.CiUpper),
                fit.PiLower is { } pl ? Back(pl) : null, fit.PiUpper is { } pu ? Back(pu) : null);
            var studies = rows.Select((row, i) => new StudyEffect(row, effects[i].Yi, effects[i].Vi, Weight(fit, i), totals[i], counts[i])).ToList();
            fits.Add(new AnalysisFit(m, null, fit, studies, back, harmonic));
        }

        return new PooledAnalysis(a, rows, fits, []);
    }

    private static double Weight(MetaFit fit, int i) => i < fit.Weights.Count ? fit.Weights[i] : double.NaN;
}
