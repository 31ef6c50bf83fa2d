using Lupus.Trials.Endpoints;

namespace Lupus.Trials.Tests.Endpoints;

public sealed class EndpointDeriverTests
{
    private const string ActiveRenal = "EBEBEEEAE";     // renal A, mucocutaneous and musculoskeletal B
    private const string RenalB = "ECEDEEEBE";          // one B, no A
    private const string Quiet = "ECEDEEECE";           // no A, no B

    [Fact]
    public void Derive_GradesFallToNoAOrB_MajorResponseAtThatMonth()
    {
        var result = EndpointDeriver.Derive(Courses.Of(ActiveRenal, ActiveRenal, RenalB, Quiet, Quiet, Quiet));

        Assert.Equal(TrialResponse.Mcr, result.Response12m);
        Assert.Equal(TrialSchedule.TargetDay(3), result.FirstResponseDay);
        Assert.Equal([MscCategory.NoResponse, MscCategory.Pcr, MscCategory.Mcr, MscCategory.Mcr, MscCategory.Mcr], result.Months.Take(5).Select(m => m.Msc));
        Assert.False(result.Relapsed);
    }

    [Fact]
    public void Derive_OneBDomainLeft_PartialResponse()
    {
        var result = EndpointDeriver.Derive(Courses.Of(ActiveRenal, ActiveRenal, RenalB, RenalB, RenalB, RenalB));

        Assert.Equal(TrialResponse.Pcr, result.Response12m);
    }

    [Fact]
    public void Derive_NewRenalAAfterResponse_RelapseOnThatDay()
    {
        var result = EndpointDeriver.Derive(Courses.Of(ActiveRenal, Quiet, Quiet, ActiveRenal, ActiveRenal, ActiveRenal));

        Assert.True(result.Relapsed);
        Assert.Equal(TrialSchedule.TargetDay(6), result.RelapseDay);
        Assert.Equal(TrialResponse.Mcr, result.Response12m);
    }

    [Fact]
    public void Derive_RenalAThroughout_NoResponseAndNoRelapse()
    {
        var result = EndpointDeriver.Derive(Courses.Of(ActiveRenal, ActiveRenal, ActiveRenal, ActiveRenal, ActiveRenal, ActiveRenal));

        Assert.Equal(TrialResponse.None, result.Response12m);
        Assert.False(result.Relapsed);
    }

    [Fact]
    public void Derive_NoBaselineBilag_NotEvaluableWithReason()
    {
        var result = EndpointDeriver.Derive(Courses.Of("", Quiet, Quiet));

        Assert.Equal(TrialResponse.NotEvaluable, result.Response12m);
        Assert.Equal(EndpointDeriver.NoBaseline, result.NotEvaluableReason);
    }

    [Fact]
    public void Derive_IncompleteBaseline_NotEvaluable()
    {
        var result = EndpointDeriver.Derive(Courses.Of("EBEBEEEA-", Quiet));

        Assert.Equal(EndpointDeriver.BaselineIncomplete, result.NotEvaluableReason);
    }

    [Fact]
    public void Derive_NoFollowUpGrades_NotEvaluable()
    {
        var result = EndpointDeriver.Derive(Courses.Of(ActiveRenal, "", ""));

        Assert.Equal(EndpointDeriver.NoFollowUp, result.NotEvaluableReason);
    }

    [Fact]
    public void Derive_NoInfusion_NotEvaluable()
    {
        var course = Courses.Of(ActiveRenal, Quiet) with { HasOrigin = false };

        Assert.Equal(EndpointDeriver.NoOrigin, EndpointDeriver.Derive(course).NotEvaluableReason);
    }

    [Fact]
    public void Derive_Death_SurvivalDayIsDeathDay()
    {
        var result = EndpointDeriver.Derive(Courses.With(200, ActiveRenal, ActiveRenal, ActiveRenal, ActiveRenal));

        Assert.True(result.Died);
        Assert.Equal(200, result.SurvivalDay);
        Assert.Equal(200, result.RelapseDay);
    }

    [Fact]
    public void Derive_ResponseOnlyAfterTwelveMonths_NotCountedAt12Months()
    {
        var visits = Courses.Of(ActiveRenal, ActiveRenal, ActiveRenal, ActiveRenal, ActiveRenal, ActiveRenal).Visits.ToList();
        visits.Add(new CourseVisit { Day = TrialSchedule.TargetDay(18), Bilag = Domain.Instruments.Bilag.BilagGrades.Parse(Quiet) });
        var course = Courses.Of(ActiveRenal) with { Visits = visits, LastContactDay = visits[^1].Day };

        var result = EndpointDeriver.Derive(course);

        Assert.Equal(TrialResponse.None, result.Response12m);
        Assert.Equal(TrialSchedule.TargetDay(18), result.FirstResponseDay);
    }
}
