namespace Lupus.Reports.Evidence;

/// <summary>A pooled PLO or PFT result on the proportion scale (inverse logit; Miller's inverse with the harmonic-mean n).</summary>
public sealed record BackTransformed(double Estimate, double CiLower, double CiUpper, double? PiLower, double? PiUpper);
