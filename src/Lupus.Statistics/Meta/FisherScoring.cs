namespace Lupus.Statistics.Meta;

/// <summary>
/// The scoring iteration of <c>metafor::rma</c> with its default control: τ² += step, the step halved while it would
/// take τ² below 0 (Jennrich and Sampson 1976), stopping once a change is below 1e-5, at most 100 iterations.
/// </summary>
/// <remarks>
/// Stopping on an absolute change of 1e-5 leaves the last iterate short of the optimum by up to roughly the last change
/// times rate/(1 − rate); that shortfall is metafor's default answer, so the same iterates are reproduced here.
/// </remarks>
internal static class FisherScoring
{
    /// <summary>metafor's default <c>threshold</c>.</summary>
    public const double Threshold = 1e-5;

    /// <summary>metafor's default <c>maxiter</c>.</summary>
    public const int MaxIterations = 100;

    /// <summary>Iterates from <paramref name="start"/>; null when a step is not finite or the iterations run out.</summary>
    public static (double Tau2, int Iterations)? Run(Func<double, double> step, double start)
    {
        var tau2 = start;
        for (var iteration = 1; iteration <= MaxIterations; iteration++)
        {
            var adjustment = step(tau2);
            if (!double.IsFinite(adjustment))
            {
                return null;
            }

            // From 0 a negative step halves towards -0, leaving τ² at 0.
            adjustment = tau2 == 0 && adjustment < 0 ? 0 : adjustment;
            while (tau2 + adjustment < 0)
            {
                adjustment /= 2;
            }

            var next = tau2 + adjustment;
            var change = Math.Abs(next - tau2);
            tau2 = next;
            if (change < Threshold)
            {
                return (tau2, iteration);
            }
        }

        return null;
    }
}
