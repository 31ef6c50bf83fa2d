namespace Lupus.Statistics.Survival;

/// <summary>Newton-Raphson iterations for the Cox partial likelihood, from beta = 0, halving steps that lower it.</summary>
internal sealed class CoxNewton(CoxRiskSets sets, CoxOptions options)
{
    private const int MaxHalvings = 40;

    public sealed record Result(
        double[] Beta, double[] Variance, double[] Information, double LogLikNull, double LogLik, double ScoreTest, int Iterations, bool Converged);

    public Result Run()
    {
        var p = sets.P;
        var beta = new double[p];
        var score = new double[p];
        var information = new double[p * p];
        var logLikNull = Evaluate(beta, score, information);
        var factor = Factor(information);
        var scoreTest = Dot(score, factor.Solve(score));

        var logLik = logLikNull;
        var trialScore = new double[p];
        var trialInformation = new double[p * p];
        var converged = false;
        var iteration = 0;
        while (iteration < options.MaxIterations && !converged)
        {
            iteration++;
            var step = factor.Solve(score);
            var trial = new double[p];
            var trialLogLik = Try(beta, step, trial, trialScore, trialInformation);
            for (var halvings = 0; !(trialLogLik >= logLik) && halvings < MaxHalvings; halvings++)
            {
                for (var j = 0; j < p; j++)
                {
                    step[j] /= 2;
                }

                trialLogLik = Try(beta, step, trial, trialScore, trialInformation);
            }

            if (!(trialLogLik >= logLik))
            {
                // No step improves the likelihood: the current estimate is as good as working precision allows.
                converged = true;
                break;
            }

            converged = Math.Abs(1 - (logLik / trialLogLik)) <= options.Tolerance;
            beta = trial;
            logLik = trialLogLik;
            trialScore.CopyTo(score, 0);
            trialInformation.CopyTo(information, 0);
            factor = Factor(information);
        }

        return new Result(beta, factor.Inverse(), information, logLikNull, logLik, scoreTest, iteration, converged);
    }

    private double Try(double[] beta, double[] step, double[] trial, double[] score, double[] information)
    {
        for (var j = 0; j < beta.Length; j++)
        {
            trial[j] = beta[j] + step[j];
        }

        return sets.Evaluate(trial, options.Ties, score, information);
    }

    private double Evaluate(double[] beta, double[] score, double[] information)
    {
        var logLik = sets.Evaluate(beta, options.Ties, score, information);
        if (!double.IsFinite(logLik))
        {
            throw new SurvivalFitException("The partial likelihood cannot be evaluated at the starting values.");
        }

        return logLik;
    }

    private static Cholesky Factor(double[] information)
    {
        var factor = new Cholesky(information, (int)Math.Sqrt(information.Length));
        if (factor.FirstRedundant is { } column)
        {
            throw new SurvivalFitException(
                $"The information matrix is singular: covariate {column + 1} is constant or collinear with the others.");
        }

        return factor;
    }

    private static double Dot(ReadOnlySpan<double> a, ReadOnlySpan<double> b)
    {
        var sum = 0.0;
        for (var i = 0; i < a.Length; i++)
        {
            sum += a[i] * b[i];
        }

        return sum;
    }
}
