using Lupus.Statistics.Survival;

namespace Lupus.Statistics.Tests.Survival;

public sealed class LogRankTests
{
    [Fact]
    public void Test_VeteranTrtStratifiedByCelltype_MatchesSurvdiff()
    {
        var fixture = SurvivalFixture.Load("km-veteran-celltype");
        var cells = fixture.Complete("time", "status", "trt", "celltype");

        var result = LogRank.Test(
            SurvivalFixture.Numbers(cells[0]), cells[1].Select(c => c == "1").ToArray(), SurvivalFixture.Codes(cells[2]), SurvivalFixture.Codes(cells[3]));

        CoxRegressionTests.Check(SurvivalFixture.LoadJson("logrank-veteran-trt-strata"), result.Test, "stratified");
    }

    [Fact]
    public void Test_VeteranCelltypeRhoHalfStratifiedByTrt_MatchesSurvdiff()
    {
        var fixture = SurvivalFixture.Load("km-veteran-celltype");
        var cells = fixture.Complete("time", "status", "celltype", "trt");

        var result = LogRank.Test(
            SurvivalFixture.Numbers(cells[0]), cells[1].Select(c => c == "1").ToArray(), SurvivalFixture.Codes(cells[2]), SurvivalFixture.Codes(cells[3]), rho: 0.5);

        CoxRegressionTests.Check(SurvivalFixture.LoadJson("logrank-veteran-celltype-rho05"), result.Test, "rho 0.5");
    }

    [Fact]
    public void Test_LungSexPetoPeto_MatchesSurvdiffRho1()
    {
        var fixture = SurvivalFixture.Load("km-lung-sex");
        var cells = fixture.Complete("time", "status", "sex");

        var result = LogRank.Test(SurvivalFixture.Numbers(cells[0]), cells[1].Select(c => c == "1").ToArray(), SurvivalFixture.Codes(cells[2]), rho: 1);

        CoxRegressionTests.Check(SurvivalFixture.LoadJson("logrank-lung-sex-rho1"), result.Test, "rho 1");
    }
}
