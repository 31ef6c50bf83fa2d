using Lupus.Statistics.Survival;

namespace Lupus.Statistics.Tests.Survival;

/// <summary>
/// The chunked likelihood evaluation on data spanning several windows and chunks, with tied times running across chunk
/// edges and strata starting inside chunks, against the partial likelihood summed directly over each event time.
/// </summary>
public sealed class CoxRiskSetChunkTests
{
    private const int Rows = 70_000;

    [Theory]
    [InlineData(TiesMethod.Efron, 1)]
    [InlineData(TiesMethod.Efron, 3)]
    [InlineData(TiesMethod.Breslow, 3)]
    public void Evaluate_ManyChunks_EqualsDirectSums(TiesMethod ties, int strataCount)
    {
        var (time, status, x, strata) = Data(strataCount);
        double[] beta = [0.4, -0.25];
        var sets = CoxRiskSets.Build(time, status, [new Covariate("a", x[0]), new Covariate("b", x[1])], strata);
        var score = new double[2];
        var information = new double[4];

        var logLik = sets.Evaluate(beta, ties, score, information);

        var (expectedLogLik, expectedScore, expectedInformation) = Direct(time, status, x, strata, beta, ties);
        Near.Equal(expectedLogLik, logLik, "loglik");
        for (var a = 0; a < 2; a++)
        {
            Near.Equal(expectedScore[a], score[a], $"score {a}");
            for (var b = 0; b < 2; b++)
            {
                Near.Equal(expectedInformation[(a * 2) + b], information[(a * 2) + b], $"information {a},{b}");
            }
        }
    }

    [Fact]
    public void Evaluate_Repeated_GivesIdenticalBits()
    {
        var (time, status, x, strata) = Data(2);
        var sets = CoxRiskSets.Build(time, status, [new Covariate("a", x[0]), new Covariate("b", x[1])], strata);

        var first = sets.Evaluate([0.3, 0.1], TiesMethod.Efron, new double[2], new double[4]);
        var second = sets.Evaluate([0.3, 0.1], TiesMethod.Efron, new double[2], new double[4]);

        Assert.Equal(BitConverter.DoubleToInt64Bits(first), BitConverter.DoubleToInt64Bits(second));
    }

    /// <summary>Whole-number times from 1 to 400 (long runs of ties), about 30% censored, two covariates.</summary>
    private static (double[] Time, bool[] Status, double[][] X, int[] Strata) Data(int strataCount)
    {
        var random = new Random(7);
        var time = new double[Rows];
        var status = new bool[Rows];
        double[][] x = [new double[Rows], new double[Rows]];
        var strata = strataCount == 1 ? [] : new int[Rows];
        for (var i = 0; i < Rows; i++)
        {
            x[0][i] = random.NextDouble() * 2;
            x[1][i] = random.Next(2);
            time[i] = 1 + random.Next(400);
            status[i] = random.NextDouble() < 0.7;
            if (strataCount > 1)
            {
                strata[i] = random.Next(strataCount);
            }
        }

        return (time, status, x, strata);
    }

    /// <summary>Loglik, score and information summed over each stratum's event times from the risk sets' definition.</summary>
    private static (double LogLik, double[] Score, double[] Information) Direct(
        double[] time, bool[] status, double[][] x, int[] strata, double[] beta, TiesMethod ties)
    {
        double logLik = 0;
        var score = new double[2];
        var information = new double[4];
        var eventTimes = Enumerable.Range(0, time.Length).Where(i => status[i])
            .Select(i => (Stratum: strata.Length == 0 ? 0 : strata[i], Time: time[i])).Distinct();
        foreach (var (stratum, t) in eventTimes)
        {
            // Risk-set and death sums of r, r x and r x x'.
            double s0 = 0, d0 = 0;
            double[] s1 = new double[2], d1 = new double[2], s2 = new double[4], d2 = new double[4];
            var deaths = 0;
            for (var i = 0; i < time.Length; i++)
            {
                if ((strata.Length != 0 && strata[i] != stratum) || time[i] < t)
                {
                    continue;
                }

                var eta = (beta[0] * x[0][i]) + (beta[1] * x[1][i]);
                var r = Math.Exp(eta);
                var died = status[i] && time[i] == t;
                s0 += r;
                d0 += died ? r : 0;
                deaths += died ? 1 : 0;
                logLik += died ? eta : 0;
                for (var a = 0; a < 2; a++)
                {
                    s1[a] += r * x[a][i];
                    d1[a] += died ? r * x[a][i] : 0;
                    score[a] += died ? x[a][i] : 0;
                    for (var b = 0; b < 2; b++)
                    {
                        s2[(a * 2) + b] += r * x[a][i] * x[b][i];
                        d2[(a * 2) + b] += died ? r * x[a][i] * x[b][i] : 0;
                    }
                }
            }

            for (var k = 0; k < deaths; k++)
            {
                var f = ties == TiesMethod.Efron ? (double)k / deaths : 0;
                var denominator = s0 - (f * d0);
                logLik -= Math.Log(denominator);
                for (var a = 0; a < 2; a++)
                {
                    var meanA = (s1[a] - (f * d1[a])) / denominator;
                    score[a] -= meanA;
                    for (var b = 0; b < 2; b++)
                    {
                        var meanB = (s1[b] - (f * d1[b])) / denominator;
                        information[(a * 2) + b] += ((s2[(a * 2) + b] - (f * d2[(a * 2) + b])) / denominator) - (meanA * meanB);
                    }
                }
            }
        }

        return (logLik, score, information);
    }
}
