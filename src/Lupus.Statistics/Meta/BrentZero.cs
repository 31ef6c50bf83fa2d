namespace Lupus.Statistics.Meta;

/// <summary>
/// Brent's root finder (Algorithms for Minimization without Derivatives, 1973, ch. 4, procedure <c>zero</c>; the
/// <c>zeroin</c> of Forsythe, Malcolm and Moler), in the form R's <c>uniroot</c> runs it, so that with the same interval,
/// end-point values and tolerance it visits the same points and stops at the same iterate.
/// </summary>
/// <remarks>
/// b is the best estimate and c the opposite-signed end of the bracket; a is the previous b. Each step is an inverse
/// quadratic (or secant) interpolation when it falls well inside the bracket and the last step was not too small,
/// otherwise bisection. The search stops when half the bracket is within tol_act = 2·ε·|b| + tol/2 or f(b) = 0, and b
/// is returned. The interpolation test compares with the last step (b − a), as <c>uniroot</c> does.
/// </remarks>
internal static class BrentZero
{
    /// <summary>R's default <c>uniroot</c> tolerance, <c>.Machine$double.eps^0.25</c>.</summary>
    public static readonly double DefaultTolerance = Math.Pow(2, -13);

    private const double MachineEpsilon = 2.220446049250313e-16;

    /// <summary>Root of f on [lo, hi] given f(lo) and f(hi) of opposite signs (or one of them 0).</summary>
    /// <returns>The last iterate and the number of function evaluations, or null if maxIterations ran out.</returns>
    public static (double Root, int Iterations)? Solve(Func<double, double> f, double lo, double hi, double fLo, double fHi, double tol, int maxIterations)
    {
        if (fLo == 0)
        {
            return (lo, 0);
        }

        if (fHi == 0)
        {
            return (hi, 0);
        }

        double a = lo, fa = fLo, b = hi, fb = fHi, c = a, fc = fa;
        for (var iteration = 0; iteration <= maxIterations; iteration++)
        {
            var lastStep = b - a;
            if (Math.Abs(fc) < Math.Abs(fb))
            {
                (a, b, c) = (b, c, b);
                (fa, fb, fc) = (fb, fc, fb);
            }

            var tolAct = (2 * MachineEpsilon * Math.Abs(b)) + (tol / 2);
            var step = (c - b) / 2;
            if (Math.Abs(step) <= tolAct || fb == 0)
            {
                return (b, iteration);
            }

            if (Math.Abs(lastStep) >= tolAct && Math.Abs(fa) > Math.Abs(fb))
            {
                step = Interpolate(a, b, c, fa, fb, fc, lastStep, tolAct) ?? step;
            }

            if (Math.Abs(step) < tolAct)
            {
                step = step > 0 ? tolAct : -tolAct;
            }

            (a, fa) = (b, fb);
            b += step;
            fb = f(b);
            if ((fb > 0 && fc > 0) || (fb < 0 && fc < 0))
            {
                (c, fc) = (a, fa);
            }
        }

        return null;
    }

    /// <summary>The interpolation step p/q from b, or null when it would leave the bracket or exceed half the last step.</summary>
    private static double? Interpolate(double a, double b, double c, double fa, double fb, double fc, double lastStep, double tolAct)
    {
        var cb = c - b;
        double p, q;
        if (a == c)
        {
            var s = fb / fa;
            p = cb * s;
            q = 1 - s;
        }
        else
        {
            double qa = fa / fc, r = fb / fc, s = fb / fa;
            p = s * ((cb * qa * (qa - r)) - ((b - a) * (r - 1)));
            q = (qa - 1) * (r - 1) * (s - 1);
        }

        if (p > 0)
        {
            q = -q;
        }
        else
        {
            p = -p;
        }

        return p < (0.75 * cb * q) - (Math.Abs(tolAct * q) / 2) && p < Math.Abs(lastStep * q / 2) ? p / q : null;
    }
}
