using Lupus.Domain.Instruments.Bilag;
using Lupus.Domain.Instruments.Core;
using Lupus.Domain.Instruments.Responders;
using Lupus.Domain.Tests.Instruments.Bilag;

namespace Lupus.Domain.Tests.Instruments.Responders;

public sealed class MscBilagResponseTests
{
    private static MscResponseResult Run(MscResponseInput input) => Assert.IsType<MscResponseResult>(MscBilagResponse.Instance.Evaluate(input));

    private static MscResponseInput Visit(string baseline, string visit) =>
        new() { Baseline = BilagGrades.Parse(baseline), Visit = BilagGrades.Parse(visit) };

    [Theory]
    [InlineData("AEEEEEEBE", "CDECEEEDC", "mcr")]
    [InlineData("AEEEEEEBE", "CDECEEEBC", "pcr")]
    [InlineData("EBEEEEEBE", "CDECEEEBC", "pcr")]
    [InlineData("EBEEEEECE", "CDECEEEBC", "no_response")]
    [InlineData("AEEEEEEBE", "CBECEEEBC", "no_response")]
    [InlineData("AEEEEEEBE", "AEECEEECC", "no_response")]
    public void Response_WithoutEarlierResponse(string baseline, string visit, string expected)
    {
        var result = Run(Visit(baseline, visit));

        Assert.Equal(expected, result.Response);
        Assert.False(result.Relapse);
    }

    [Theory]
    [InlineData("CDECEEEDC", "CDECEEEAC", "relapse")]
    [InlineData("CDECEEEDC", "CBECEEEBC", "relapse")]
    [InlineData("CDECEEEDC", "CDECEEEBC", "pcr")]
    [InlineData("CDECEEEBC", "CDECEEEBC", "pcr")]
    public void Response_AfterEarlierResponse_RelapseAgainstResponseVisit(string responseVisit, string visit, string expected)
    {
        var result = Run(Visit("AEEEEEEBE", visit) with { PriorResponse = PriorResponse.Mcr, ResponseVisit = BilagGrades.Parse(responseVisit) });

        Assert.Equal(expected, result.Response);
    }

    [Fact]
    public void Response_ThresholdsAreParameters()
    {
        var input = Visit("AEEEEEEBE", "CBECEEEBC") with { PcrMaxBDomains = 2 };

        Assert.Equal("pcr", Run(input).Response);
        Assert.Equal("mcr", Run(input with { McrMaxBDomains = 2 }).Response);
    }

    [Fact]
    public void Response_VisitIncompleteButAPresent_NoResponse()
    {
        Assert.Equal("no_response", Run(Visit("AEEEEEEBE", "-AEEEEEEE")).Response);
    }

    [Fact]
    public void Response_VisitIncompleteWithoutAOrB_Null()
    {
        Assert.Null(Run(Visit("AEEEEEEBE", "-EEEEEEEE")).Response);
    }

    [Fact]
    public void Evaluate_Always_LabelledProvisional()
    {
        var json = InstrumentRun.Json(MscBilagResponse.Instance,
            """{"bilag_baseline": """ + InstrumentRun.Grades("AEEEEEEBE") + """, "bilag_visit": """ + InstrumentRun.Grades("CDECEEEDC") + "}");

        Assert.True(json["provisional"]!.GetValue<bool>());
        Assert.Equal("mcr", json["response"]!.GetValue<string>());
        Assert.Equal(Verification.Unverified, MscBilagResponse.Instance.Info.Verification);
    }

    [Fact]
    public void Evaluate_PriorResponseWithoutResponseVisit_Invalid()
    {
        var result = InstrumentRun.Result(MscBilagResponse.Instance, """{"prior_response": "pcr"}""");

        Assert.Equal("bilag_response_visit", Assert.Single(result.Errors).Field);
    }

    [Fact]
    public void Evaluate_ResponseVisitWithoutPriorResponse_Invalid()
    {
        var result = InstrumentRun.Result(MscBilagResponse.Instance, """{"bilag_response_visit": """ + InstrumentRun.Grades("CDECEEEDC") + "}");

        Assert.Equal("prior_response", Assert.Single(result.Errors).Field);
    }
}
