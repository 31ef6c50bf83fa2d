using Lupus.Application.Demo;
using Lupus.Application.Endpoints;
using Lupus.Trials.Endpoints;

namespace Lupus.Application.Tests.Demo;

public sealed class TrialDemoTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(42)]
    [InlineData(2014)]
    [InlineData(99991)]
    public void Create_AnySeed_DerivedOutcomesReproduceThePublishedTrials(int seed)
    {
        var endpoints = DemoData.Patients(TrialDemo.Create(seed)).Select(p => EndpointDeriver.Derive(CourseMapper.ToCourse(p))).ToList();

        var multicentre = endpoints.Where(e => e.Cohort == TrialDemo.CohortNames[0]).ToList();
        Assert.Equal(40, multicentre.Count);
        Assert.Equal(13, multicentre.Count(e => e.Response12m == TrialResponse.Mcr));
        Assert.Equal(11, multicentre.Count(e => e.Response12m == TrialResponse.Pcr));
        Assert.Equal(37, multicentre.Count(e => !e.Died));

        var longTerm = endpoints.Where(e => e.Cohort == TrialDemo.CohortNames[1]).ToList();
        Assert.Equal(87, longTerm.Count);
        Assert.Equal(82, longTerm.Count(e => !e.Died));
        Assert.Equal(20, longTerm.Count(e => e.Relapsed && e.RelapseDay <= TrialSchedule.TargetDay(48) + TrialSchedule.WindowDays(48)));
    }

    [Fact]
    public void Create_SameSeed_SameVisits()
    {
        static string Text(int seed) => string.Join('\n', DemoData.Patients(TrialDemo.Create(seed))
            .SelectMany(p => p.Visits.Select(v => $"{p.Patient.StudyId} {v.VisitDate} {v.Sledai2k} {v.BilagGrades} {v.C3GPerL} {v.ProteinuriaGPer24h}")));

        Assert.Equal(Text(5), Text(5));
        Assert.NotEqual(Text(5), Text(6));
    }

    [Fact]
    public void Create_Trajectories_ActivityMeasuresCorrelate()
    {
        var visits = DemoData.Patients(TrialDemo.Create(3)).SelectMany(p => p.Visits).ToList();
        var sledai = visits.Select(v => (double)v.Sledai2k!.Value).ToArray();
        var c3 = visits.Select(v => (double)v.C3GPerL!.Value).ToArray();
        var proteinuria = visits.Select(v => (double)v.ProteinuriaGPer24h!.Value).ToArray();

        Assert.True(Correlation(sledai, c3) < -0.4, "SLEDAI-2K and C3 move in opposite directions");
        Assert.True(Correlation(sledai, proteinuria) > 0.4, "SLEDAI-2K and proteinuria move together");
    }

    private static double Correlation(double[] x, double[] y)
    {
        double mx = x.Average(), my = y.Average();
        var sxy = x.Zip(y, (a, b) => (a - mx) * (b - my)).Sum();
        return sxy / Math.Sqrt(x.Sum(a => (a - mx) * (a - mx)) * y.Sum(b => (b - my) * (b - my)));
    }
}
