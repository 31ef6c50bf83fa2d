namespace Lupus.Statistics.Meta;

/// <summary>Bracketed root finding for a continuous function that changes sign on an interval.</summary>
internal static class RootFinder
{
    /// <summary>
    /// Finds x in [lo, hi] with f(x) = 0 given opposite signs of f(lo) and f(hi), by the Illinois variant of regula
    /// falsi (Dowell and Jarratt 1971): superlinear, and the bracket always contains the root.
    /// </summary>
    public static (double Root, int Iterations) Solve(Func<double, double> f, double lo, double hi, double fLo, double fHi)
    {
        var side = 0;
        var x = lo;
        for (var iteration = 1; iteration <= 200; iteration++)
        {
            var previous = x;
            x = ((lo * fHi) - (hi * fLo)) / (fHi - fLo);
            if (!(x > lo && x < hi))
            {
                x = lo + ((hi - lo) / 2);
            }

            var fx = f(x);
            if (fx == 0 || double.IsNaN(fx) || hi - lo <= 4e-16 * Math.Abs(hi) || Math.Abs(x - previous) <= 1e-13 * Math.Abs(x))
            {
                return (x, iteration);
            }

            if (Math.Sign(fx) == Math.Sign(fHi))
            {
                (hi, fHi) = (x, fx);
                fLo = side == -1 ? fLo / 2 : fLo;
                side = -1;
            }
            else
            {
                (lo, fLo) = (x, fx);
                fHi = side == 1 ? fHi / 2 : fHi;
                side = 1;
            }
        }

        return (x, 200);
    }

    /// <summary>Root of a decreasing function g on [0, ∞) with g(0) &gt; 0: expands the upper end until g turns negative.</summary>
    /// <returns>The root, or null when g stays positive up to 2⁶⁰ times the start.</returns>
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
