using CsCheck;
using Lupus.Domain.Instruments.Classification;

namespace Lupus.Domain.Tests.Instruments.Classification;

public sealed class EularAcr2019Tests
{
    private static readonly EularAcrCriterion[] AllCriteria = Enum.GetValues<EularAcrCriterion>();

    // Weights as printed in the specification table (6.1), independent of the library's table.
    public static TheoryData<string, string, int> Weights => new()
    {
        { "fever", "constitutional", 2 },
        { "leukopenia", "hematologic", 3 },
        { "thrombocytopenia", "hematologic", 4 },
        { "autoimmune_hemolysis", "hematologic", 4 },
        { "delirium", "neuropsychiatric", 2 },
        { "psychosis", "neuropsychiatric", 3 },
        { "seizure", "neuropsychiatric", 5 },
        { "non_scarring_alopecia", "mucocutaneous", 2 },
        { "oral_ulcers", "mucocutaneous", 2 },
        { "subacute_cutaneous_or_discoid_lupus", "mucocutaneous", 4 },
        { "acute_cutaneous_lupus", "mucocutaneous", 6 },
        { "pleural_or_pericardial_effusion", "serosal", 5 },
        { "acute_pericarditis", "serosal", 6 },
        { "joint_involvement", "musculoskeletal", 6 },
        { "proteinuria_gt_0_5g_per_24h", "renal", 4 },
        { "renal_biopsy_class_ii_or_v", "renal", 8 },
        { "renal_biopsy_class_iii_or_iv", "renal", 10 },
        { "antiphospholipid_antibodies", "antiphospholipid_antibodies", 2 },
        { "low_c3", "complement_proteins", 3 },
        { "low_c4", "complement_proteins", 3 },
        { "anti_dsdna", "sle_specific_antibodies", 6 },
        { "anti_smith", "sle_specific_antibodies", 6 },
    };

    [Theory]
    [MemberData(nameof(Weights))]
    public void SingleCriterion_ScoresItsWeightInItsDomain(string key, string domain, int weight)
    {
        var output = JsonRun.Of(EularAcr2019.Instance, $$"""{"ana_ge_1_80_ever": true, "{{key}}": true}""");

        Assert.Equal(weight, (int)output["total_score"]!);
        Assert.Equal(weight, (int)output["domain_scores"]![domain]!);
        var result = (EularAcrResult)JsonRun.Result(EularAcr2019.Instance, $$"""{"ana_ge_1_80_ever": true, "{{key}}": true}""");
        Assert.Equal([new(key, weight)], result.Contributions);
    }

    [Fact]
    public void Table_HasMaximum51()
    {
        var maximum = EularAcrCriteria.Domains.Sum(d =>
            Math.Max(d.AllMetWeight ?? 0, EularAcrCriteria.All.Where(c => c.Domain == d.Domain).Max(c => c.Weight)));

        Assert.Equal(EularAcrCriteria.MaximumScore, maximum);
        Assert.Equal(EularAcrCriteria.MaximumScore, Score(true, AllCriteria).TotalScore);
    }

    [Theory]
    [InlineData("leukopenia,thrombocytopenia,autoimmune_hemolysis", "hematologic", 4)]
    [InlineData("delirium,psychosis,seizure", "neuropsychiatric", 5)]
    [InlineData("delirium,psychosis", "neuropsychiatric", 3)]
    [InlineData("non_scarring_alopecia,oral_ulcers,subacute_cutaneous_or_discoid_lupus", "mucocutaneous", 4)]
    [InlineData("pleural_or_pericardial_effusion,acute_pericarditis", "serosal", 6)]
    [InlineData("proteinuria_gt_0_5g_per_24h,renal_biopsy_class_ii_or_v", "renal", 8)]
    [InlineData("proteinuria_gt_0_5g_per_24h,renal_biopsy_class_ii_or_v,renal_biopsy_class_iii_or_iv", "renal", 10)]
    [InlineData("low_c3,low_c4", "complement_proteins", 4)]
    [InlineData("anti_dsdna,anti_smith", "sle_specific_antibodies", 6)]
    public void SeveralCriteriaInDomain_OnlyHighestCounts(string keys, string domain, int expected)
    {
        var fields = string.Join(", ", keys.Split(',').Select(k => $"\"{k}\": true"));

        var output = JsonRun.Of(EularAcr2019.Instance, $$"""{"ana_ge_1_80_ever": true, {{fields}}}""");

        Assert.Equal(expected, (int)output["domain_scores"]![domain]!);
        Assert.Equal(expected, (int)output["total_score"]!);
    }

    [Fact]
    public void BothComplementsLow_ContributeOnceAsOneItem()
    {
        var result = Score(true, EularAcrCriterion.LowC3, EularAcrCriterion.LowC4);

        Assert.Equal([new("low_c3+low_c4", 4)], result.Contributions);
    }

    [Theory]
    [InlineData("\"ana_ge_1_80_ever\": false,")]
    [InlineData("\"ana_ge_1_80_ever\": null,")]
    [InlineData("")]
    public void WithoutEntryCriterion_NoTotalAndNotClassified(string entry)
    {
        var output = JsonRun.Of(EularAcr2019.Instance, $$"""{ {{entry}} "renal_biopsy_class_iii_or_iv": true, "joint_involvement": true, "anti_dsdna": true}""");

        Assert.False((bool)output["entry_criterion_met"]!);
        Assert.Null(output["total_score"]);
        Assert.False((bool)output["classified_sle"]!);
        Assert.True((bool)output["valid"]!);
    }

    [Fact]
    public void ImmunologyOnly_NotClassifiedWhateverTheTotal()
    {
        var result = Score(true, EularAcrCriterion.AntiphospholipidAntibodies, EularAcrCriterion.LowC3, EularAcrCriterion.LowC4, EularAcrCriterion.AntiDsDna, EularAcrCriterion.AntiSmith);

        Assert.Equal(12, result.TotalScore);
        Assert.False(result.HasClinicalCriterion);
        Assert.False(result.ClassifiedSle);
    }

    [Fact]
    public void OneClinicalCriterion_SatisfiesTheClinicalRequirement()
    {
        var result = Score(true, EularAcrCriterion.Fever, EularAcrCriterion.LowC3, EularAcrCriterion.AntiDsDna);

        Assert.Equal(11, result.TotalScore);
        Assert.True(result.HasClinicalCriterion);
        Assert.True(result.ClassifiedSle);
    }

    [Theory]
    [InlineData(9, false, EularAcrCriterion.Fever, EularAcrCriterion.Psychosis, EularAcrCriterion.Thrombocytopenia)]
    [InlineData(10, true, EularAcrCriterion.Fever, EularAcrCriterion.Leukopenia, EularAcrCriterion.Delirium, EularAcrCriterion.Seizure)]
    [InlineData(10, true, EularAcrCriterion.Proteinuria, EularAcrCriterion.AntiSmith)]
    [InlineData(10, true, EularAcrCriterion.RenalBiopsyClassIIIOrIV)]
    [InlineData(9, false, EularAcrCriterion.Delirium, EularAcrCriterion.OralUlcers, EularAcrCriterion.Fever, EularAcrCriterion.LowC3)]
    public void Threshold_IsTenInclusive(int total, bool classified, params EularAcrCriterion[] met)
    {
        var result = Score(true, met);

        Assert.Equal(total, result.TotalScore);
        Assert.Equal(classified, result.ClassifiedSle);
    }

    [Fact]
    public void Output_HasTheSpecifiedKeysInScalarOrder()
    {
        var output = JsonRun.Of(EularAcr2019.Instance, """{"ana_ge_1_80_ever": true, "fever": true}""");

        Assert.Equal(EularAcr2019.Instance.ScalarOutputs, JsonRun.ScalarKeys(output));
    }

    [Fact]
    public void Total_NeverExceeds51()
    {
        GenMet.Sample(met => Score(true, met).TotalScore <= EularAcrCriteria.MaximumScore);
    }

    [Fact]
    public void AddingCriterion_NeverLowersScoreOrClassification()
    {
        Gen.Select(GenMet, Gen.Enum<EularAcrCriterion>(), Gen.Bool).Sample((met, extra, entry) =>
        {
            var before = Score(entry, met);
            var after = Score(entry, [.. met, extra]);
            return (after.TotalScore ?? 0) >= (before.TotalScore ?? 0)
                && after.DomainScores.Scores.Zip(before.DomainScores.Scores).All(p => p.First.Value >= p.Second.Value)
                && (!before.ClassifiedSle || after.ClassifiedSle);
        });
    }

    [Fact]
    public void Total_EqualsSumOfDomainsAndOfContributions()
    {
        GenMet.Sample(met =>
        {
            var result = Score(true, met);
            return result.TotalScore == result.DomainScores.Total
                && result.TotalScore == (int)result.Contributions.Sum(c => c.Points);
        });
    }

    private static Gen<EularAcrCriterion[]> GenMet => Gen.Enum<EularAcrCriterion>().Array[0, AllCriteria.Length];

    private static EularAcrResult Score(bool entry, params EularAcrCriterion[] met) =>
        (EularAcrResult)EularAcr2019.Instance.Evaluate(new EularAcrInput(entry, met.ToHashSet()));
}
