namespace Lupus.Statistics.Meta;

/// <summary>Omnibus test of the moderators (all coefficients but the intercept): χ²(Df1) for z, F(Df1, Df2) for knha.</summary>
public sealed record ModeratorTest(double Statistic, int Df1, int? Df2, double P);
