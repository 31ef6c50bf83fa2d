namespace Lupus.Statistics.Meta;

/// <summary>Mantel-Haenszel and Peto pooling of 2×2 tables (R: <c>metafor::rma.mh</c>, <c>metafor::rma.peto</c>).</summary>
/// <remarks>
/// MH: Mantel and Haenszel (1959); variances of Robins, Breslow and Greenland (1986) for OR and Greenland and Robins
/// (1985) for RR, and the Greenland-Robins/Sato estimator, consistent in sparse and large strata, for RD. Peto: Yusuf et al. (1985), Σ(O − E)/ΣV. Pooling uses the raw counts; Q uses the per-study
/// effects with the escalc zero-cell correction and drops double-zero tables, as metafor does.
/// </remarks>
public static class BinaryPooling
{
    /// <summary>Mantel-Haenszel estimate of the OR, RR or RD.</summary>
    /// <exception cref="ArgumentException">No tables, or no table carries information for the measure.</exception>
    public static PooledFit MantelHaenszel(IReadOnlyList<TwoByTwoTable> tables, EffectMeasure measure, double level = 95)
    {
        ArgumentNullException.ThrowIfNull(tables);
        var weights = new double[tables.Count];
        double r = 0, s = 0, pr = 0, psqr = 0, qs = 0, varSum = 0;
        for (var i = 0; i < tables.Count; i++)
        {
            var (a, b, c, d) = (tables[i].Ai, tables[i].Bi, tables[i].Ci, tables[i].Di);
            double n1 = a + b, n2 = c + d, n = n1 + n2;
            switch (measure)
            {
                case EffectMeasure.OR:
                    double ri = a * d / n, si = b * c / n, pi = (a + d) / n, qi = (b + c) / n;
                    (r, s, weights[i]) = (r + ri, s + si, si);
                    (pr, psqr, qs) = (pr + (pi * ri), psqr + (pi * si) + (qi * ri), qs + (qi * si));
                    break;
                case EffectMeasure.RR:
                    (r, s, weights[i]) = (r + (a * n2 / n), s + (c * n1 / n), c * n1 / n);
                    varSum += ((n1 * n2 * (a + c)) - (a * c * n)) / (n * n);
                    break;
                case EffectMeasure.RD:
                    (r, s, weights[i]) = (r + (((a * n2) - (c * n1)) / n), s + (n1 * n2 / n), n1 * n2 / n);
                    pr += ((n1 * n1 * c) - (n2 * n2 * a) + (n1 * n2 * (n2 - n1) / 2)) / (n * n);
                    qs += ((a * (n2 - c)) + (c * (n1 - a))) / (2 * n);
                    break;
                default:
                    throw new ArgumentOutOfRangeException(nameof(measure), measure, "Mantel-Haenszel pools OR, RR or RD");
            }
        }

        if (!(s > 0) || (measure != EffectMeasure.RD && !(r > 0)))
        {
            throw new ArgumentException("No table carries information for the Mantel-Haenszel estimate.", nameof(tables));
        }

        var (estimate, variance) = measure switch
        {
            EffectMeasure.OR => (Math.Log(r / s), (pr / (2 * r * r)) + (psqr / (2 * r * s)) + (qs / (2 * s * s))),
            EffectMeasure.RR => (Math.Log(r / s), varSum / (r * s)),
            _ => (r / s, (((r / s) * pr) + qs) / (s * s)),
        };
        return Finish(tables, measure, estimate, Math.Sqrt(variance), weights, level);
    }

    /// <summary>Peto's one-step log odds ratio.</summary>
    /// <exception cref="ArgumentException">No table has a positive hypergeometric variance.</exception>
    public static PooledFit Peto(IReadOnlyList<TwoByTwoTable> tables, double level = 95)
    {
        ArgumentNullException.ThrowIfNull(tables);
        var weights = new double[tables.Count];
        double sumOe = 0, sumV = 0;
        for (var i = 0; i < tables.Count; i++)
        {
            var (oe, v) = PetoTerms(tables[i]);
            (sumOe, sumV, weights[i]) = (sumOe + oe, sumV + v, v);
        }

        if (!(sumV > 0))
        {
            throw new ArgumentException("No table has events and non-events: the Peto estimate is undefined.", nameof(tables));
        }

        return Finish(tables, EffectMeasure.OR, sumOe / sumV, Math.Sqrt(1 / sumV), weights, level, peto: true);
    }

    private static (double OMinusE, double V) PetoTerms(TwoByTwoTable t)
    {
        var n = t.N;
        var events = t.Ai + t.Ci;
        return (t.Ai - (t.N1 * events / n), t.N1 * t.N2 * events * (n - events) / (n * n * (n - 1)));
    }

    private static PooledFit Finish(IReadOnlyList<TwoByTwoTable> tables, EffectMeasure measure, double estimate, double se, double[] weights, double level, bool peto = false)
    {
        // Heterogeneity: per-study effects (MH: escalc defaults, ½ added to zero cells; Peto: raw counts), double zeros dropped.
        double q = 0;
        var used = 0;
        foreach (var t in tables.Where(t => !t.IsDoubleZero))
        {
            var effect = peto ? PetoEffect(t) : EffectSizes.TwoByTwo(measure, t.Ai, t.Bi, t.Ci, t.Di);
            q += (effect.Yi - estimate) * (effect.Yi - estimate) / effect.Vi;
            used++;
        }

        var df = used - 1;
        var total = weights.Sum();
        var z = estimate / se;
        var crit = Inference.Critical(1 - (level / 100), null);
        return new PooledFit(tables.Count, measure, estimate, se, z, Inference.TwoSidedP(z, null), estimate - (crit * se), estimate + (crit * se),
            q, df, Inference.ChiSquaredUpper(q, df), df < 1 || q <= df ? 0 : 100 * (q - df) / q, df < 1 ? 1 : q / df,
            weights.Select(w => 100 * w / total).ToArray());
    }

    /// <summary>Peto's per-study log odds ratio (O − E)/V with variance 1/V; needs no zero-cell correction.</summary>
    public static EffectSize PetoEffect(TwoByTwoTable t)
    {
        var (oe, v) = PetoTerms(t);
        return new(oe / v, 1 / v);
    }
}
