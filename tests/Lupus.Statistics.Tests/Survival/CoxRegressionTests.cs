using Lupus.Statistics.Survival;

namespace Lupus.Statistics.Tests.Survival;

public sealed class CoxRegressionTests
{
    [Theory]
    [InlineData("cox-lung-efron")]
    [InlineData("cox-lung-breslow")]
    [InlineData("cox-lung-strata")]
    [InlineData("cox-veteran-efron")]
    [InlineData("cox-veteran-strata")]
    [InlineData("cox-ovarian")]
    [InlineData("cox-pbc")]
    [InlineData("cox-pbc-breslow")]
    public void Fit_RDataset_MatchesCoxphAndCoxZph(string name)
    {
        var fixture = SurvivalFixture.Load(name);
        var names = fixture.Arg("--covariates").Split(',');
        var strataColumn = fixture.Arg("--strata");
        var used = new[] { fixture.Arg("--time"), fixture.Arg("--event") }.Concat(names).Concat(strataColumn.Length > 0 ? [strataColumn] : []).ToArray();
        var cells = fixture.Complete(used);
        var time = SurvivalFixture.Numbers(cells[0]);
        var status = SurvivalFixture.Numbers(cells[1]).Select(v => v == 1).ToArray();
        var covariates = names.Select((n, j) => new Covariate(n, SurvivalFixture.Numbers(cells[2 + j]))).ToArray();
        var strata = strataColumn.Length > 0 ? SurvivalFixture.Codes(cells[^1]) : [];
        var ties = fixture.Arg("--ties") == "breslow" ? TiesMethod.Breslow : TiesMethod.Efron;

        var fit = CoxRegression.Fit(time, status, covariates, strata, new CoxOptions(ties));
        var zph = ProportionalHazards.Test(time, status, covariates, fit, strata);

        var expected = fixture.Expected;
        Assert.Equal(expected.GetProperty("n").GetInt32(), fit.N);
        Assert.Equal(expected.GetProperty("events").GetInt32(), fit.Events);
        Assert.True(fit.Converged);
        var coefficients = expected.GetProperty("coefficients").EnumerateArray().ToArray();
        for (var j = 0; j < names.Length; j++)
        {
            var e = coefficients[j];
            var a = fit.Coefficients[j];
            Near.Equal(e.GetProperty("coef"), a.Coefficient, $"{names[j]} coef");
            Near.Equal(e.GetProperty("hr"), a.HazardRatio, $"{names[j]} hr");
            Near.Equal(e.GetProperty("se"), a.StdErr, $"{names[j]} se");
            Near.Equal(e.GetProperty("z"), a.Z, $"{names[j]} z");
            Near.Equal(e.GetProperty("p"), a.PValue, $"{names[j]} p");
            Near.Equal(e.GetProperty("hr_lower"), a.HazardRatioLower, $"{names[j]} lower");
            Near.Equal(e.GetProperty("hr_upper"), a.HazardRatioUpper, $"{names[j]} upper");
        }

        Near.Equal(expected.GetProperty("loglik_null"), fit.LogLikNull, "loglik null");
        Near.Equal(expected.GetProperty("loglik"), fit.LogLik, "loglik");
        Check(expected.GetProperty("lr_test"), fit.LikelihoodRatio, "LR");
        Check(expected.GetProperty("wald_test"), fit.Wald, "Wald");
        Check(expected.GetProperty("score_test"), fit.Score, "score");
        Near.Equal(expected.GetProperty("concordance"), fit.Concordance.Value, "concordance");
        var terms = expected.GetProperty("zph").GetProperty("terms").EnumerateArray().ToArray();
        for (var j = 0; j < names.Length; j++)
        {
            Check(terms[j], zph.Terms[j].Test, $"zph {names[j]}");
        }

        Check(expected.GetProperty("zph").GetProperty("global"), zph.Global, "zph global");
    }

    internal static void Check(System.Text.Json.JsonElement expected, ChiSquareTest actual, string what)
    {
        Near.Equal(expected.GetProperty("chisq"), actual.ChiSquare, what + " chisq");
        Assert.Equal(expected.GetProperty("df").GetInt32(), actual.DegreesOfFreedom);
        Near.Equal(expected.GetProperty("p"), actual.PValue, what + " p");
    }
}
