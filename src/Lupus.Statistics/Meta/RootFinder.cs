namespace Lupus.Statistics.Meta;

/// <summary>Safeguarded secant/bisection for a continuous function that changes sign on a bracket.</summary>
internal static class RootFinder
{
    /// <summary>Finds x in [lo, hi] with f(x) = 0 given f(lo) &gt; 0 &gt; f(hi) (or the reverse), to about machine precision.</summary>
    public static (double Root, int Iterations) Solve(Func<double, double> f, double lo, double hi, double fLo, double fHi)
    {
        var iterations = 0;
        var bisectNext = false;
        while (iterations < 400)
        {
            iterations++;
            var width = hi - lo;
            if (width <= 4e-16 * Math.Max(Math.Abs(lo), Math.Abs(hi)) || width <= 1e-300)
            {
                break;
            }

            var mid = lo + (width / 2);
            var x = mid;
            if (!bisectNext && fLo != fHi)
            {
                var secant = lo - (fLo * width / (fHi - fLo));
                if (secant > lo && secant < hi)
                {
                    x = secant;
                }
            }

            var fx = f(x);
            if (fx == 0 || double.IsNaN(fx))
            {
                return (x, iterations);
            }

            var oldWidth = width;
            if (Math.Sign(fx) == Math.Sign(fLo))
            {
                (lo, fLo) = (x, fx);
            }
            else
            {
                (hi, fHi) = (x, fx);
            }

            // A secant step that failed to halve the bracket is followed by a bisection (guaranteed progress).
            bisectNext = !bisectNext && hi - lo > oldWidth / 2;
        }

        return (Math.Abs(fLo) < Math.Abs(fHi) ? lo : hi, iterations);
    }

    /// <summary>Root of a decreasing function g on [0, ∞) with g(0) &gt; 0: expands the upper end until g turns negative.</summary>
    /// <returns>The root, or null when g stays positive up to 1e8 times the start.</returns>
    public static (double Root, int Iterations)? SolveDecreasing(Func<double, double> g, double start)
    {
        var g0 = g(0);
        var hi = Math.Max(start, 1e-4);
        var gHi = g(hi);
        for (var n = 0; gHi > 0 && n < 60; n++)
        {
            hi *= 2;
            gHi = g(hi);
        }

        return gHi > 0 || double.IsNaN(gHi) ? null : Solve(g, 0, hi, g0, gHi);
    }
}
