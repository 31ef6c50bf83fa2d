namespace Lupus.Statistics.Meta;

/// <summary>Estimators of the between-study variance τ², named as the <c>method</c> argument of <c>metafor::rma</c>.</summary>
public enum Tau2Estimator
{
    /// <summary>Fixed (equal) effects: τ² = 0.</summary>
    FE,

    /// <summary>DerSimonian-Laird method of moments.</summary>
    DL,

    /// <summary>Hedges (unweighted method of moments).</summary>
    HE,

    /// <summary>Hunter-Schmidt.</summary>
    HS,

    /// <summary>Sidik-Jonkman (one-step, starting from the Hedges-type variance of the estimates).</summary>
    SJ,

    /// <summary>Maximum likelihood.</summary>
    ML,

    /// <summary>Restricted maximum likelihood (the default).</summary>
    REML,

    /// <summary>Empirical Bayes (Morris).</summary>
    EB,

    /// <summary>Paule-Mandel generalised Q.</summary>
    PM,
}
