using Lupus.Reports.Evidence;
using Lupus.Statistics.Meta;

namespace Lupus.Cli.Tests.Evidence;

/// <summary>The row rules of <see cref="EvidenceSynthesis.Run"/> on small made-up files, one rule per test.</summary>
public sealed class EvidenceSynthesisTests
{
    private static int _line = 1;

    [Fact]
    public void Run_DeclaredWholeProgrammeOverlap_KeepsTheLargerCohortAndNamesItInTheReason()
    {
        var rows = new[] { Prop("big", "overall_survival", 40, 50), Prop("small", "overall_survival", 18, 20), Prop("other", "overall_survival", 9, 10) };
        var overlaps = new[] { new CohortOverlap("big", "P", true, [], "contains everyone"), new CohortOverlap("small", "P", false, [], "subset") };

        var result = EvidenceSynthesis.Run(rows, new EvidenceOptions { Overlaps = overlaps });

        var small = result.Rows.Single(r => r.Row.StudyId == "small");
        Assert.Equal(RowStatus.ExcludedOverlap, small.Status);
        Assert.Equal("cohort overlaps big (n = 50, kept as the larger) in the P: big: contains everyone", small.Reason);
        Assert.Equal(["big", "other"], result.Analyses.Single().Rows.Select(r => r.StudyId).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Run_SameProgrammeWithoutDeclaredOverlap_PoolsBoth()
    {
        var rows = new[] { Prop("a", "relapse", 4, 20), Prop("b", "relapse", 3, 15) };
        var overlaps = new[] { new CohortOverlap("a", "P", false, [], "BM cells"), new CohortOverlap("b", "P", false, [], "UC cells") };

        var result = EvidenceSynthesis.Run(rows, new EvidenceOptions { Overlaps = overlaps });

        Assert.All(result.Rows, r => Assert.Equal(RowStatus.Pooled, r.Status));
    }

    [Fact]
    public void Run_OverlapNamedByEitherStudy_IsSymmetric()
    {
        var rows = new[] { Prop("a", "relapse", 4, 20), Prop("b", "relapse", 3, 15), Prop("c", "relapse", 1, 10) };
        var overlaps = new[] { new CohortOverlap("b", "Q", false, ["a"], "same ward") };

        var result = EvidenceSynthesis.Run(rows, new EvidenceOptions { Overlaps = overlaps });

        Assert.Equal(RowStatus.ExcludedOverlap, result.Rows.Single(r => r.Row.StudyId == "b").Status);
        Assert.Equal(RowStatus.Pooled, result.Rows.Single(r => r.Row.StudyId == "a").Status);
    }

    [Theory]
    [InlineData("sledai_median", null, 10.0, 3.0, "reports medians, not means ± SD")]
    [InlineData("sledai", null, null, 3.0, "n not stated")]
    [InlineData("sledai", 12.0, 10.0, null, "baseline mean or SD not reported")]
    [InlineData("sledai_change", 12.0, null, null, "reports only the change from baseline (no baseline mean ± SD for a pre/post effect)")]
    public void Run_UnusableContinuousRow_IsListedAsNotPooledWithTheReason(string outcome, double? n, double? preMean, double? preSd, string expected)
    {
        var rows = new[] { PrePost("x", outcome, n, preMean, preSd), PrePost("y", "sledai", 10, 12, 3), PrePost("z", "sledai", 14, 11, 2) };

        var result = EvidenceSynthesis.Run(rows, new EvidenceOptions());

        var x = result.Rows.Single(r => r.Row.StudyId == "x");
        Assert.Equal((RowStatus.NotPooled, expected), (x.Status, x.Reason));
        Assert.Equal(2, result.Analyses.Single().Fits[0].Fit.K);
    }

    [Fact]
    public void Run_ControlArm_IsExcluded()
    {
        var rows = new[] { Prop("t", "relapse", 2, 10, arm: "control"), Prop("t", "relapse", 1, 10, arm: "msc"), Prop("u", "relapse", 2, 9) };

        var result = EvidenceSynthesis.Run(rows, new EvidenceOptions());

        Assert.Equal((RowStatus.ExcludedControlArm, "control arm: no MSC given"), (result.Rows[0].Status, result.Rows[0].Reason));
        Assert.Equal(RowStatus.Pooled, result.Rows[1].Status);
    }

    [Fact]
    public void Run_DeathsOnly_PoolsTheSurvivors()
    {
        var rows = new[] { Prop("d", "death", 2, 20), Prop("s", "overall_survival", 9, 10) };

        var result = EvidenceSynthesis.Run(rows, new EvidenceOptions());

        var plo = result.Analyses.Single().Fits.Single(f => f.Measure == EffectMeasure.PLO);
        Assert.Equal(18, plo.Studies.Single(s => s.Row.StudyId == "d").Count);
        Assert.Equal(Math.Log(18.0 / 2), plo.Studies.Single(s => s.Row.StudyId == "d").Yi, 12);
    }

    [Fact]
    public void Run_SeveralRowsOfOneStudy_UsesTheFirstListedOutcomeThenTheLargerN()
    {
        var rows = new[] { Prop("w", "relapse", 1, 6), Prop("w", "relapse", 10, 83), Prop("w", "relapse_overall", 20, 87), Prop("v", "relapse", 2, 12) };

        var result = EvidenceSynthesis.Run(rows, new EvidenceOptions());

        Assert.Equal(RowStatus.Pooled, result.Rows[2].Status);
        Assert.Equal(RowStatus.Superseded, result.Rows[0].Status);
        Assert.Equal(RowStatus.Superseded, result.Rows[1].Status);
        Assert.StartsWith($"study represented by line {rows[2].Line} (relapse_overall", result.Rows[1].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_OneUsableStudy_SkipsTheAnalysisAndSaysWhy()
    {
        var rows = new[] { PrePost("only", "creatinine", 5, 416, 250, unit: "umol/L") };

        var result = EvidenceSynthesis.Run(rows, new EvidenceOptions());

        Assert.Empty(result.Analyses);
        var skipped = Assert.Single(result.Skipped);
        Assert.Equal(("creatinine", 1, "only 1 non-overlapping study with usable data; pooling needs at least 2"), (skipped.Analysis.Id, skipped.Studies, skipped.Reason));
        Assert.Equal(RowStatus.NotPooled, result.Rows[0].Status);
    }

    [Fact]
    public void Run_ProteinuriaInGrams_IsConvertedToMilligrams()
    {
        var grams = PrePost("g", "proteinuria_24h", 10, 3.0, 1.0, unit: "g/24h", postMean: 1.0, postSd: 0.5);
        var milligrams = PrePost("m", "proteinuria_24h", 10, 3000, 1000, unit: "mg/24h", postMean: 1000, postSd: 500);

        var result = EvidenceSynthesis.Run([grams, milligrams], new EvidenceOptions());

        var mc = result.Analyses.Single().Fits.Single(f => f.Measure == EffectMeasure.MC);
        Assert.Equal(mc.Studies[0].Yi, mc.Studies[1].Yi, 9);
        Assert.Equal(-2000, mc.Studies[0].Yi, 9);
    }

    [Fact]
    public void Run_CorrelationOutsideMinusOneToOne_Throws()
    {
        var e = Assert.Throws<ArgumentException>(() => EvidenceSynthesis.Run([], new EvidenceOptions { Correlation = 1.5 }));

        Assert.Equal("options", e.ParamName);
    }

    private static EvidenceRow Prop(string study, string outcome, double events, double total, string arm = "") =>
        new(++_line, study, "citation", "design", outcome, "", 12, null, null, null, null, null, arm, events, total, "note");

    private static EvidenceRow PrePost(string study, string outcome, double? n, double? preMean, double? preSd, string unit = "score", double? postMean = 4, double? postSd = 2) =>
        new(++_line, study, "citation", "design", outcome, unit, 6, n, preMean, preSd, postMean, postSd, "", null, null, "note");
}
