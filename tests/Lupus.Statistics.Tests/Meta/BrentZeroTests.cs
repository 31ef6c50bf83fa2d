using Lupus.Statistics.Meta;

namespace Lupus.Statistics.Tests.Meta;

/// <summary>Iterates of R's <c>uniroot</c> (R 4.2) on the same functions, intervals and tolerances.</summary>
public sealed class BrentZeroTests
{
    [Fact]
    public void Solve_DefaultTolerance_VisitsUnirootPoints()
    {
        var visited = new List<double>();
        double F(double x)
        {
            visited.Add(x);
            return (12 / (1 + (3 * x))) - 2 + (0.001 * x);
        }

        var result = BrentZero.Solve(F, 0, 100, F(0), F(100), BrentZero.DefaultTolerance, 1000);

        double[] expected = [0, 100, 84.316087285358137, 42.158043642679068, 21.079021821339534, 10.539510910669767,
            5.2697554553348835, 2.6348777276674418, 1.3174388638337209, 1.8379812310468482, 1.6981022174739153,
            1.6678929033270899, 1.6683429975615944, 1.6682819624053438];
        Assert.Equal(expected, visited);
        Assert.Equal(1.6683429975615944, result!.Value.Root);
    }

    [Theory]
    [InlineData(1e-10, 1.6683363958975881)]
    [InlineData(0.0001220703125, 1.6683429975615944)]
    public void Solve_Tolerance_StopsAtUnirootRoot(double tol, double root)
    {
        static double F(double x) => (12 / (1 + (3 * x))) - 2 + (0.001 * x);
        Assert.Equal(root, BrentZero.Solve(F, 0, 100, F(0), F(100), tol, 1000)!.Value.Root);
    }

    [Fact]
    public void Solve_Arctangent_StopsAtUnirootRoot()
    {
        static double G(double x) => Math.Atan(x - 7.3) + 0.2;
        Assert.Equal(7.0972924402407829, BrentZero.Solve(G, 0, 100, G(0), G(100), BrentZero.DefaultTolerance, 1000)!.Value.Root);
    }
}
