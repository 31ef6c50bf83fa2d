using CsCheck;
using Lupus.Domain.Instruments.Core;
using Lupus.Domain.Instruments.Damage;
using Lupus.Domain.Tests.Instruments.Classification;

namespace Lupus.Domain.Tests.Instruments.Damage;

public sealed class SdiTests
{
    // Items, domains and maximum item scores as printed in the specification table (section 7).
    public static TheoryData<string, string, int> Items => new()
    {
        { "cataract", "ocular", 1 },
        { "retinal_change_or_optic_atrophy", "ocular", 1 },
        { "cognitive_impairment_or_major_psychosis", "neuropsychiatric", 1 },
        { "seizures_requiring_therapy_6_months", "neuropsychiatric", 1 },
        { "cerebrovascular_accident", "neuropsychiatric", 2 },
        { "cranial_or_peripheral_neuropathy", "neuropsychiatric", 1 },
        { "transverse_myelitis", "neuropsychiatric", 1 },
        { "gfr_lt_50_percent", "renal", 1 },
        { "proteinuria_ge_3_5g_per_24h", "renal", 1 },
        { "pulmonary_hypertension", "pulmonary", 1 },
        { "pulmonary_fibrosis", "pulmonary", 1 },
        { "shrinking_lung", "pulmonary", 1 },
        { "pleural_fibrosis", "pulmonary", 1 },
        { "pulmonary_infarction", "pulmonary", 1 },
        { "angina_or_cabg", "cardiovascular", 1 },
        { "myocardial_infarction", "cardiovascular", 2 },
        { "cardiomyopathy", "cardiovascular", 1 },
        { "valvular_disease", "cardiovascular", 1 },
        { "pericarditis_6_months_or_pericardiectomy", "cardiovascular", 1 },
        { "claudication_6_months", "peripheral_vascular", 1 },
        { "minor_tissue_loss", "peripheral_vascular", 1 },
        { "significant_tissue_loss", "peripheral_vascular", 2 },
        { "venous_thrombosis_with_sequelae", "peripheral_vascular", 1 },
        { "bowel_spleen_liver_gallbladder_infarction_or_resection", "gastrointestinal", 2 },
        { "mesenteric_insufficiency", "gastrointestinal", 1 },
        { "chronic_peritonitis", "gastrointestinal", 1 },
        { "stricture_or_upper_gi_surgery", "gastrointestinal", 1 },
        { "pancreatic_insufficiency", "gastrointestinal", 1 },
        { "muscle_atrophy_or_weakness", "musculoskeletal", 1 },
        { "deforming_or_erosive_arthritis", "musculoskeletal", 1 },
        { "osteoporosis_with_fracture_or_vertebral_collapse", "musculoskeletal", 1 },
        { "avascular_necrosis", "musculoskeletal", 2 },
        { "osteomyelitis", "musculoskeletal", 1 },
        { "ruptured_tendon", "musculoskeletal", 1 },
        { "scarring_chronic_alopecia", "skin", 1 },
        { "extensive_scarring_or_panniculum", "skin", 1 },
        { "skin_ulceration_6_months", "skin", 1 },
        { "premature_gonadal_failure", "premature_gonadal_failure", 1 },
        { "diabetes", "diabetes", 1 },
        { "malignancy", "malignancy", 2 },
    };

    [Theory]
    [MemberData(nameof(Items))]
    public void EachItem_ScoresUpToItsMaximumInItsDomain(string key, string domain, int maximum)
    {
        for (var score = 0; score <= maximum; score++)
        {
            var output = JsonRun.Of(Sdi.Instance, $$"""{"{{key}}": {{score}}}""");

            Assert.True((bool)output["valid"]!);
            Assert.Equal(score, (int)output["total_score"]!);
            Assert.Equal(score, (int)output["domain_scores"]![domain]!);
        }
    }

    [Theory]
    [MemberData(nameof(Items))]
    public void EachItem_AboveItsMaximumIsInvalidNamingTheItem(string key, string domain, int maximum)
    {
        _ = domain;
        var result = JsonRun.Result(Sdi.Instance, $$"""{"{{key}}": {{maximum + 1}}}""");

        var error = Assert.Single(result.Errors);
        Assert.Equal(key, error.Field);
        Assert.Equal(InputErrorKind.Invalid, error.Kind);
        Assert.False((bool)ResultOutput(result)["valid"]!);
    }

    [Fact]
    public void Table_Has41ItemsIn12DomainsWithMaximum47()
    {
        Assert.Equal(41, SdiItems.All.Count);
        Assert.Equal(12, SdiItems.Domains.Count);
        Assert.Equal(47, SdiItems.Domains.Sum(d => d.Maximum));
        Assert.Equal(SdiItems.MaximumScore, Score(SdiItems.All.Select(i => i.MaximumScore).ToArray()).TotalScore);
    }

    [Fact]
    public void EveryItemAtMaximum_ReachesEachDomainMaximum()
    {
        var result = Score(SdiItems.All.Select(i => i.MaximumScore).ToArray());

        foreach (var domain in SdiItems.Domains)
        {
            Assert.Equal(domain.Maximum, result.DomainScores![domain.Key]);
        }
    }

    [Theory]
    [InlineData(0, 0, 1, 3)]
    [InlineData(1, 1, 1, 3)]
    [InlineData(1, 0, 1, 3)]
    [InlineData(1, 1, 0, 2)]
    [InlineData(0, 1, 0, 1)]
    public void Esrd_ScoresRenalThreeInPlaceOfOtherItems(int gfr, int proteinuria, int esrd, int renal)
    {
        var output = JsonRun.Of(Sdi.Instance, $$"""{"gfr_lt_50_percent": {{gfr}}, "proteinuria_ge_3_5g_per_24h": {{proteinuria}}, "esrd": {{esrd}}}""");

        Assert.Equal(renal, (int)output["domain_scores"]!["renal"]!);
        Assert.Equal(renal, (int)output["total_score"]!);
    }

    [Fact]
    public void Esrd_IsTheOnlyRenalContribution()
    {
        var result = JsonRun.Result(Sdi.Instance, """{"gfr_lt_50_percent": 1, "esrd": 1, "diabetes": 1}""");

        Assert.Equal([new("esrd", 3), new("diabetes", 1)], result.Contributions);
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("2")]
    [InlineData("3")]
    [InlineData("100")]
    public void EsrdOutsideZeroOrOne_IsInvalid(string value)
    {
        var result = JsonRun.Result(Sdi.Instance, $$"""{"esrd": {{value}}}""");

        Assert.Equal("esrd", Assert.Single(result.Errors).Field);
        Assert.False(result.Valid);
    }

    [Theory]
    [InlineData("1.5")]
    [InlineData("true")]
    [InlineData("\"1\"")]
    public void NonIntegerScore_IsRejectedAsMalformed(string value)
    {
        var result = JsonRun.Result(Sdi.Instance, $$"""{"malignancy": {{value}}}""");

        var error = Assert.Single(result.Errors);
        Assert.Equal("malignancy", error.Field);
        Assert.Equal(InputErrorKind.Malformed, error.Kind);
    }

    [Fact]
    public void IntegralDecimal_IsAccepted()
    {
        var output = JsonRun.Of(Sdi.Instance, """{"malignancy": 2.0, "diabetes": null}""");

        Assert.Equal(2, (int)output["total_score"]!);
    }

    [Fact]
    public void SeveralInvalidItems_AreAllReported()
    {
        var result = JsonRun.Result(Sdi.Instance, """{"cataract": 2, "malignancy": 3, "diabetes": 1}""");

        Assert.Equal(["cataract", "malignancy"], result.Errors.Select(e => e.Field));
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("""{"cataract": null, "esrd": null}""")]
    public void FormNotCompleted_IsAMissingAssessmentNotZero(string json)
    {
        var output = JsonRun.Of(Sdi.Instance, json);

        Assert.True((bool)output["valid"]!);
        Assert.Null(output["total_score"]);
        Assert.Null(output["domain_scores"]);
    }

    [Fact]
    public void OneItemRecorded_OmittedItemsScoreZero()
    {
        var output = JsonRun.Of(Sdi.Instance, """{"cataract": 0}""");

        Assert.Equal(0, (int)output["total_score"]!);
        Assert.Equal(Sdi.Instance.ScalarOutputs, JsonRun.ScalarKeys(output));
    }

    [Fact]
    public void Total_NeverExceeds47AndEqualsContributions()
    {
        GenScores.Sample(scores =>
        {
            var result = Score(scores);
            return result.TotalScore <= SdiItems.MaximumScore
                && result.TotalScore == (int)result.Contributions.Sum(c => c.Points)
                && SdiItems.Domains.All(d => result.DomainScores![d.Key] <= d.Maximum);
        });
    }

    [Fact]
    public void RaisingAnItem_NeverLowersTheTotal()
    {
        Gen.Select(GenScores, Gen.Int[0, SdiItems.All.Count - 1]).Sample((scores, index) =>
        {
            var raised = scores.ToArray();
            raised[index] = SdiItems.All[index].MaximumScore;
            return Score(raised).TotalScore >= Score(scores).TotalScore;
        });
    }

    [Fact]
    public void CarryForward_KeepsEarlierDamageAndWarns()
    {
        var previous = SdiInput.None.With("cataract", 1).With("malignancy", 2);
        var current = SdiInput.None.With("malignancy", 1).With("diabetes", 1);

        var (cumulative, warnings) = SdiCarryForward.Merge(previous, current);

        Assert.Equal(1, cumulative["cataract"]);
        Assert.Equal(2, cumulative["malignancy"]);
        Assert.Equal(1, cumulative["diabetes"]);
        Assert.Equal(2, warnings.Count);
        Assert.Equal(4, Score([.. cumulative.Scores]).TotalScore);
    }

    private static Gen<int[]> GenScores =>
        Gen.Int[0, 5].Array[SdiItems.All.Count].Select(a => a.Select((v, i) => v % (SdiItems.All[i].MaximumScore + 1)).ToArray());

    private static SdiResult Score(int[] scores) => (SdiResult)Sdi.Instance.Evaluate(new SdiInput(scores));

    private static System.Text.Json.Nodes.JsonObject ResultOutput(InstrumentResult result) => Support.ResultJson.Of(result);
}
