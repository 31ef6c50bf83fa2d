using CsCheck;
using Lupus.Domain.Instruments.Classification;

namespace Lupus.Domain.Tests.Instruments.Classification;

public sealed class Slicc2012Tests
{
    public static TheoryData<string, bool> Criteria => new()
    {
        { "acute_cutaneous_lupus", true },
        { "chronic_cutaneous_lupus", true },
        { "oral_or_nasal_ulcers", true },
        { "nonscarring_alopecia", true },
        { "synovitis", true },
        { "serositis", true },
        { "renal", true },
        { "neurologic", true },
        { "hemolytic_anemia", true },
        { "leukopenia_or_lymphopenia", true },
        { "thrombocytopenia", true },
        { "ana", false },
        { "anti_dsdna", false },
        { "anti_sm", false },
        { "antiphospholipid", false },
        { "low_complement", false },
        { "direct_coombs", false },
    };

    [Theory]
    [MemberData(nameof(Criteria))]
    public void EachCriterion_CountsOnceOfItsKind(string key, bool clinical)
    {
        var output = JsonRun.Of(Slicc2012.Instance, $$"""{"{{key}}": true}""");

        Assert.Equal(clinical ? 1 : 0, (int)output["clinical_count"]!);
        Assert.Equal(clinical ? 0 : 1, (int)output["immunologic_count"]!);
        Assert.Equal(1, (int)output["total_count"]!);
        Assert.False((bool)output["classified_sle"]!);
        Assert.Null(output["pathway"]);
    }

    [Fact]
    public void FourClinicalWithoutImmunologic_NotClassified()
    {
        var result = Score(false, SliccCriterion.AcuteCutaneousLupus, SliccCriterion.Synovitis, SliccCriterion.Renal, SliccCriterion.Serositis, SliccCriterion.Thrombocytopenia);

        Assert.Equal(5, result.TotalCount);
        Assert.False(result.ClassifiedSle);
    }

    [Fact]
    public void FourImmunologicWithoutClinical_NotClassified()
    {
        var result = Score(false, SliccCriterion.Ana, SliccCriterion.AntiDsDna, SliccCriterion.AntiSm, SliccCriterion.LowComplement);

        Assert.False(result.ClassifiedSle);
    }

    [Theory]
    [InlineData(false, SliccCriterion.Synovitis, SliccCriterion.Ana, SliccCriterion.LowComplement)]
    [InlineData(true, SliccCriterion.Synovitis, SliccCriterion.Ana, SliccCriterion.LowComplement, SliccCriterion.AntiDsDna)]
    [InlineData(true, SliccCriterion.Synovitis, SliccCriterion.Renal, SliccCriterion.Neurologic, SliccCriterion.Antiphospholipid)]
    public void CountRule_NeedsFourWithBothKinds(bool classified, params SliccCriterion[] met)
    {
        var result = Score(false, met);

        Assert.Equal(classified, result.ClassifiedSle);
        Assert.Equal(classified ? SliccResult.CriteriaCountPathway : null, result.Pathway);
    }

    [Theory]
    [InlineData("biopsy_nephritis", SliccCriterion.Ana)]
    [InlineData("biopsy_nephritis", SliccCriterion.AntiDsDna)]
    [InlineData(null, SliccCriterion.AntiSm)]
    [InlineData(null, SliccCriterion.LowComplement)]
    [InlineData(null)]
    public void BiopsyNephritis_ClassifiesWithAnaOrAntiDsDna(string? pathway, params SliccCriterion[] met)
    {
        var result = Score(true, met);

        Assert.Equal(pathway, result.Pathway);
        Assert.Equal(pathway is not null, result.ClassifiedSle);
        Assert.Equal(met.Length, result.TotalCount);
    }

    [Fact]
    public void BothRulesMet_ReportsCriteriaCount()
    {
        var result = Score(true, SliccCriterion.Renal, SliccCriterion.Synovitis, SliccCriterion.Ana, SliccCriterion.AntiDsDna);

        Assert.Equal(SliccResult.CriteriaCountPathway, result.Pathway);
    }

    [Fact]
    public void DirectCoombs_DoesNotCountWithHaemolyticAnaemia()
    {
        var result = Score(false, SliccCriterion.HemolyticAnemia, SliccCriterion.DirectCoombs, SliccCriterion.Synovitis, SliccCriterion.Renal);

        Assert.Equal(3, result.ClinicalCount);
        Assert.Equal(0, result.ImmunologicCount);
        Assert.False(result.ClassifiedSle);
        Assert.DoesNotContain(result.Contributions, c => c.Item == "direct_coombs");
        Assert.Contains("direct_coombs_excluded", result.Notes);
    }

    [Fact]
    public void DirectCoombs_CountsWithoutHaemolyticAnaemia()
    {
        var result = Score(false, SliccCriterion.DirectCoombs, SliccCriterion.Synovitis, SliccCriterion.Renal, SliccCriterion.Thrombocytopenia);

        Assert.Equal(1, result.ImmunologicCount);
        Assert.Equal(SliccResult.CriteriaCountPathway, result.Pathway);
    }

    [Fact]
    public void Output_HasTheSpecifiedKeysInScalarOrder()
    {
        var output = JsonRun.Of(Slicc2012.Instance, """{"ana": true, "renal": false, "anti_sm": null}""");

        Assert.Equal(Slicc2012.Instance.ScalarOutputs, JsonRun.ScalarKeys(output));
        Assert.Equal(1, (int)output["total_count"]!);
    }

    [Fact]
    public void AddingCriterion_NeverUnclassifies_ExceptHaemolysisVoidingCoombs()
    {
        // Haemolytic anaemia removes a direct Coombs test from the immunologic count, so it alone may unclassify.
        var gen = Gen.Enum<SliccCriterion>().Array[0, 17];
        Gen.Select(gen, Gen.Enum<SliccCriterion>(), Gen.Bool)
            .Where((met, extra, _) => !(extra == SliccCriterion.HemolyticAnemia && met.Contains(SliccCriterion.DirectCoombs)))
            .Sample((met, extra, biopsy) => !Score(biopsy, met).ClassifiedSle || Score(biopsy, [.. met, extra]).ClassifiedSle);
    }

    [Fact]
    public void HaemolyticAnaemia_VoidsCoombs_CanUnclassify()
    {
        SliccCriterion[] met = [SliccCriterion.DirectCoombs, SliccCriterion.Synovitis, SliccCriterion.Renal, SliccCriterion.Neurologic];

        Assert.True(Score(false, met).ClassifiedSle);
        Assert.False(Score(false, [.. met, SliccCriterion.HemolyticAnemia]).ClassifiedSle);
    }

    private static SliccResult Score(bool biopsy, params SliccCriterion[] met) =>
        (SliccResult)Slicc2012.Instance.Evaluate(new SliccInput(met.ToHashSet(), biopsy));
}
