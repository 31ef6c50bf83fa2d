using Lupus.Statistics.Survival;

namespace Lupus.Statistics.Tests.Survival;

/// <summary>
/// A small tied data set with one binary covariate, in the manner of the worked tied-data example of Therneau and
/// Grambsch (2000, section 3.3), where the partial likelihood, score and information are written out by hand.
/// </summary>
/// <remarks>
/// At an event time with n1 subjects at risk with x = 1, n0 with x = 0 and d deaths of which d1 have x = 1, r = exp(beta):
/// Breslow: loglik d1 beta - d log(n1 r + n0), score d1 - d n1 r / (n1 r + n0), information d n1 n0 r / (n1 r + n0)^2.
/// Efron: the k-th of the d deaths (k = 0..d-1) sees the denominator D_k = n1 r + n0 - (k/d)(d1 r + d0) and the
/// x = 1 mass A_k = (n1 - k d1 / d) r, so loglik d1 beta - sum log D_k, score d1 - sum A_k/D_k and (x^2 = x)
/// information sum A_k/D_k (1 - A_k/D_k).
/// </remarks>
public sealed class CoxClosedFormTests
{
    // Subjects (time, status, x). Risk sets: t=1 n1=5 n0=5 d=2 d1=1; t=2 n1=4 n0=4 d=2 d1=2 (one x=0 censored at 2);
    // t=3 n1=2 n0=3 d=1 d1=0; t=4 n1=2 n0=2 d=2 d1=1; t=6 n1=0 n0=1 d=1 d1=0.
    private static readonly double[] Time = [1, 1, 2, 2, 2, 3, 4, 4, 5, 6];
    private static readonly bool[] Status = [true, true, true, true, false, true, true, true, false, true];
    private static readonly double[] X = [1, 0, 1, 1, 0, 0, 1, 0, 1, 0];

    private static readonly (int N1, int N0, int D1, int D0)[] RiskSets = [(5, 5, 1, 1), (4, 4, 2, 0), (2, 3, 0, 1), (2, 2, 1, 1), (0, 1, 0, 1)];

    [Fact]
    public void Evaluate_AtZero_EqualsHandComputedFractions()
    {
        // Breslow at beta = 0: score (1 - 1) + (2 - 1) + (0 - 2/5) + (1 - 1) + 0; information 1/2 + 1/2 + 6/25 + 1/2.
        AssertAt(0, TiesMethod.Breslow, -((2 * Math.Log(10)) + (2 * Math.Log(8)) + Math.Log(5) + (2 * Math.Log(4))), 0.6, 1.74);

        // Efron at beta = 0: D_k = n - k, so loglik -log(10 9 8 7 5 4 3); score 0 + (2 - 1/2 - 3/7) - 2/5 + 0 = 47/70;
        // information 1/2 + (1/4 + 12/49) + 6/25 + 1/2.
        AssertAt(0, TiesMethod.Efron, -Math.Log(10.0 * 9 * 8 * 7 * 5 * 4 * 3), 47.0 / 70, 1.49 + (12.0 / 49));
    }

    [Theory]
    [InlineData(TiesMethod.Breslow, -0.7)]
    [InlineData(TiesMethod.Breslow, 1.3)]
    [InlineData(TiesMethod.Efron, -0.7)]
    [InlineData(TiesMethod.Efron, 1.3)]
    public void Evaluate_AnyBeta_EqualsClosedForm(TiesMethod ties, double beta)
    {
        var (logLik, score, information) = ClosedForm(ties, beta);

        AssertAt(beta, ties, logLik, score, information);
    }

    [Theory]
    [InlineData(TiesMethod.Breslow)]
    [InlineData(TiesMethod.Efron)]
    public void Fit_TiedBinary_SolvesClosedFormScoreEquation(TiesMethod ties)
    {
        var fit = CoxRegression.Fit(Time, Status, [new Covariate("x", X)], [], new CoxOptions(ties));

        var beta = fit.Coefficients[0].Coefficient;
        var (logLik, score, information) = ClosedForm(ties, beta);
        var (logLikNull, scoreNull, informationNull) = ClosedForm(ties, 0);
        Assert.True(Math.Abs(score) < 1e-8, $"score at the estimate {score:R}");
        Close(logLik, fit.LogLik, "loglik");
        Close(logLikNull, fit.LogLikNull, "loglik at 0");
        Close(1 / Math.Sqrt(information), fit.Coefficients[0].StdErr, "se");
        Close(scoreNull * scoreNull / informationNull, fit.Score.ChiSquare, "score test");
    }

    private static void AssertAt(double beta, TiesMethod ties, double logLik, double score, double information)
    {
        var sets = CoxRiskSets.Build(Time, Status, [new Covariate("x", X)], []);
        var u = new double[1];
        var i = new double[1];

        var actual = sets.Evaluate([beta], ties, u, i);

        Close(logLik, actual, $"{ties} loglik at {beta}");
        Close(score, u[0], $"{ties} score at {beta}");
        Close(information, i[0], $"{ties} information at {beta}");
    }

    private static (double LogLik, double Score, double Information) ClosedForm(TiesMethod ties, double beta)
    {
        var r = Math.Exp(beta);
        double logLik = 0, score = 0, information = 0;
        foreach (var (n1, n0, d1, d0) in RiskSets)
        {
            var d = d1 + d0;
            logLik += d1 * beta;
            score += d1;
            for (var k = 0; k < d; k++)
            {
                // Breslow keeps the whole risk set for every death; Efron removes k/d of the tied deaths' risk.
                var f = ties == TiesMethod.Efron ? (double)k / d : 0;
                var denominator = (n1 * r) + n0 - (f * ((d1 * r) + d0));
                var mean = (n1 - (f * d1)) * r / denominator;
                logLik -= Math.Log(denominator);
                score -= mean;
                information += mean * (1 - mean);
            }
        }

        return (logLik, score, information);
    }

    private static void Close(double expected, double actual, string what) =>
        Assert.True(Math.Abs(expected - actual) <= 1e-10 * Math.Max(1, Math.Abs(expected)), $"{what}: expected {expected:R}, got {actual:R}");
}
