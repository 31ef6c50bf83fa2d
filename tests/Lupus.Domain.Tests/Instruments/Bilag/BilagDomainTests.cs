using CsCheck;
using Lupus.Domain.Instruments.Bilag;
using Lupus.Domain.Instruments.Core;

namespace Lupus.Domain.Tests.Instruments.Bilag;

public sealed class BilagDomainTests
{
    private static BilagDomainResult Grade(BilagDomain domain, IReadOnlyDictionary<string, int> items, bool? previous = false, HaematologyValues? values = null) =>
        Assert.IsType<BilagDomainResult>(Bilag2004Domain.Instance.Evaluate(new BilagDomainInput
        {
            Domain = domain,
            Items = items,
            Haematology = values ?? new HaematologyValues(),
            PreviousInvolvement = previous,
        }));

    private static Dictionary<string, int> AllZero(BilagDomain domain) => BilagItems.Of(domain).ToDictionary(i => i.Key, _ => 0);

    [Fact]
    public void Grade_ImprovingAItemBeforeNewAItem_IsMaximumNotFirstFound()
    {
        var items = AllZero(BilagDomain.Neuropsychiatric);
        items["aseptic_meningitis"] = 1;
        items["cerebellar_ataxia"] = 4;

        Assert.Equal(BilagGrade.A, Grade(BilagDomain.Neuropsychiatric, items).Grade);
    }

    [Theory]
    [InlineData("skin_eruption_severe", 4, BilagGrade.A)]
    [InlineData("skin_eruption_severe", 3, BilagGrade.A)]
    [InlineData("skin_eruption_severe", 2, BilagGrade.A)]
    [InlineData("skin_eruption_severe", 1, BilagGrade.B)]
    [InlineData("alopecia_severe", 2, BilagGrade.B)]
    [InlineData("alopecia_severe", 1, BilagGrade.C)]
    [InlineData("alopecia_mild", 4, BilagGrade.C)]
    [InlineData("alopecia_mild", 1, BilagGrade.C)]
    [InlineData("alopecia_mild", 0, BilagGrade.E)]
    public void Grade_GenericRule_EachLevelAndCode(string item, int code, BilagGrade expected)
    {
        var items = AllZero(BilagDomain.Mucocutaneous);
        items[item] = code;

        Assert.Equal(expected, Grade(BilagDomain.Mucocutaneous, items).Grade);
    }

    [Theory]
    [InlineData(true, BilagGrade.D)]
    [InlineData(false, BilagGrade.E)]
    public void Grade_NothingActive_DependsOnPreviousInvolvement(bool previous, BilagGrade expected)
    {
        Assert.Equal(expected, Grade(BilagDomain.Ophthalmic, AllZero(BilagDomain.Ophthalmic), previous).Grade);
    }

    [Fact]
    public void Grade_NothingActiveAndPreviousUnknown_IsNullWithNote()
    {
        var result = Grade(BilagDomain.Gastrointestinal, AllZero(BilagDomain.Gastrointestinal), previous: null);

        Assert.Null(result.Grade);
        Assert.Contains(BilagGrading.PreviousInvolvementUnknown, result.Notes);
    }

    [Fact]
    public void Grade_EveryItemNotDone_IsNullAndListsAll()
    {
        var result = Grade(BilagDomain.Musculoskeletal, new Dictionary<string, int>(), previous: true);

        Assert.Null(result.Grade);
        Assert.Equal(BilagItems.Musculoskeletal.Select(i => i.Key), result.ItemsNotDone);
    }

    [Fact]
    public void Grade_SomeItemsNotDone_GradesRecordedAndListsMissing()
    {
        var result = Grade(BilagDomain.Cardiorespiratory, new Dictionary<string, int> { ["pleurisy_pericarditis"] = 2 });

        Assert.Equal(BilagGrade.B, result.Grade);
        Assert.Equal(BilagItems.Cardiorespiratory.Count - 1, result.ItemsNotDone.Count);
        Assert.DoesNotContain("pleurisy_pericarditis", result.ItemsNotDone);
    }

    [Theory]
    [InlineData(2, 2, 2, 0, BilagGrade.A)]
    [InlineData(4, 3, 0, 0, BilagGrade.B)]
    [InlineData(0, 2, 2, 0, BilagGrade.B)]
    [InlineData(2, 1, 1, 1, BilagGrade.B)]
    [InlineData(1, 0, 0, 0, BilagGrade.C)]
    [InlineData(0, 4, 0, 0, BilagGrade.C)]
    [InlineData(0, 0, 0, 1, BilagGrade.C)]
    [InlineData(0, 0, 0, 0, BilagGrade.E)]
    public void Grade_Constitutional_PyrexiaAndOtherActiveItems(int pyrexia, int weightLoss, int lymph, int anorexia, BilagGrade expected)
    {
        var items = new Dictionary<string, int>
        {
            ["pyrexia"] = pyrexia,
            ["weight_loss"] = weightLoss,
            ["lymphadenopathy_splenomegaly"] = lymph,
            ["anorexia"] = anorexia,
        };

        Assert.Equal(expected, Grade(BilagDomain.Constitutional, items).Grade);
    }

    [Theory]
    [InlineData("7.9", null, null, null, null, BilagGrade.A)]
    [InlineData("8", null, null, null, null, BilagGrade.B)]
    [InlineData("8.9", null, null, null, null, BilagGrade.B)]
    [InlineData("9", null, null, null, null, BilagGrade.C)]
    [InlineData("10.9", null, null, null, null, BilagGrade.C)]
    [InlineData("11", null, null, null, null, BilagGrade.E)]
    [InlineData(null, "0.99", null, null, null, BilagGrade.A)]
    [InlineData(null, "1.0", null, null, null, BilagGrade.B)]
    [InlineData(null, "3.9", null, null, null, BilagGrade.C)]
    [InlineData(null, "4.0", null, null, null, BilagGrade.E)]
    [InlineData(null, null, "0.49", null, null, BilagGrade.A)]
    [InlineData(null, null, "0.5", null, null, BilagGrade.B)]
    [InlineData(null, null, "1.0", null, null, BilagGrade.C)]
    [InlineData(null, null, "2.0", null, null, BilagGrade.E)]
    [InlineData(null, null, null, "0.99", null, BilagGrade.C)]
    [InlineData(null, null, null, "1.0", null, BilagGrade.E)]
    [InlineData(null, null, null, null, "24.9", BilagGrade.A)]
    [InlineData(null, null, null, null, "25", BilagGrade.B)]
    [InlineData(null, null, null, null, "49.9", BilagGrade.B)]
    [InlineData(null, null, null, null, "50", BilagGrade.C)]
    [InlineData(null, null, null, null, "149", BilagGrade.C)]
    [InlineData(null, null, null, null, "150", BilagGrade.E)]
    public void Grade_Haematological_ProvisionalBands(string? hb, string? wbc, string? neutrophils, string? lymphocytes, string? platelets, BilagGrade expected)
    {
        var result = Grade(BilagDomain.Haematological, new Dictionary<string, int>(), values: new HaematologyValues
        {
            HaemoglobinGramsPerDl = N(hb),
            Wbc10e9PerL = N(wbc),
            Neutrophils10e9PerL = N(neutrophils),
            Lymphocytes10e9PerL = N(lymphocytes),
            Platelets10e9PerL = N(platelets),
        });

        Assert.Equal(expected, result.Grade);
        Assert.True(result.Provisional);
        Assert.Contains(Bilag2004Domain.HaematologicalUnverified, result.Notes);
        Assert.Contains("ttp", result.ItemsNotDone);
    }

    [Theory]
    [InlineData(4, BilagGrade.A)]
    [InlineData(1, BilagGrade.B)]
    public void Grade_HaematologicalTtp_ActiveAImprovingB(int code, BilagGrade expected)
    {
        Assert.Equal(expected, Grade(BilagDomain.Haematological, new Dictionary<string, int> { ["ttp"] = code }).Grade);
    }

    [Fact]
    public void Grade_HaematologicalIsolatedCoombs_IsC()
    {
        var result = Grade(BilagDomain.Haematological, new Dictionary<string, int>(), values: new HaematologyValues { CoombsPositiveIsolated = true });

        Assert.Equal(BilagGrade.C, result.Grade);
    }

    [Fact]
    public void Evaluate_ItemOfAnotherDomain_IsErrorNamingItem()
    {
        var result = InstrumentRun.Result(Bilag2004Domain.Instance, """{"domain": "mucocutaneous", "items": {"pyrexia": 2}}""");

        var error = Assert.Single(result.Errors);
        Assert.Equal("items.pyrexia", error.Field);
        Assert.Contains("mucocutaneous", error.Rule, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_UnknownItemKey_IsErrorNamingItem()
    {
        var result = InstrumentRun.Result(Bilag2004Domain.Instance, """{"domain": "ophthalmic", "items": {"foo": 1}}""");

        Assert.Equal("items.foo", Assert.Single(result.Errors).Field);
    }

    [Fact]
    public void Evaluate_HaematologyValueInOtherDomain_IsErrorNamingField()
    {
        var result = InstrumentRun.Result(Bilag2004Domain.Instance, """{"domain": "ophthalmic", "items": {"platelets_10e9_per_l": 20}}""");

        Assert.Equal("items.platelets_10e9_per_l", Assert.Single(result.Errors).Field);
    }

    [Theory]
    [InlineData("5")]
    [InlineData("-1")]
    public void Evaluate_CodeOutsideZeroToFour_IsInvalid(string code)
    {
        var result = InstrumentRun.Result(Bilag2004Domain.Instance, """{"domain": "musculoskeletal", "items": {"myositis_mild": """ + code + "}}");

        var error = Assert.Single(result.Errors);
        Assert.Equal("items.myositis_mild", error.Field);
        Assert.Equal(InputErrorKind.Invalid, error.Kind);
    }

    [Fact]
    public void Evaluate_NonIntegerCode_IsRejected()
    {
        var result = InstrumentRun.Result(Bilag2004Domain.Instance, """{"domain": "musculoskeletal", "items": {"myositis_mild": 2.5}}""");

        Assert.False(result.Valid);
    }

    [Theory]
    [InlineData("""{"items": {}}""", "domain")]
    [InlineData("""{"domain": "renal"}""", "domain")]
    public void Evaluate_MissingOrRenalDomain_IsError(string json, string field)
    {
        Assert.Equal(field, Assert.Single(InstrumentRun.Result(Bilag2004Domain.Instance, json).Errors).Field);
    }

    [Fact]
    public void Grade_RaisingAnyItemCode_NeverLowersGrade()
    {
        var items = BilagItems.Mucocutaneous;
        Gen.Select(Gen.Int[0, 4].Array[items.Count], Gen.Int[0, items.Count - 1], Gen.Bool).Sample((codes, index, previous) =>
        {
            var before = Grade(BilagDomain.Mucocutaneous, ToItems(items, codes), previous).Grade!.Value;
            codes[index] = Math.Min(4, codes[index] + 1);
            var after = Grade(BilagDomain.Mucocutaneous, ToItems(items, codes), previous).Grade!.Value;
            return after <= before;
        });
    }

    [Fact]
    public void Grade_ConstitutionalRaisingAnyCode_NeverLowersGrade()
    {
        var items = BilagItems.Constitutional;
        Gen.Select(Gen.Int[0, 4].Array[items.Count], Gen.Int[0, items.Count - 1]).Sample((codes, index) =>
        {
            var before = Grade(BilagDomain.Constitutional, ToItems(items, codes)).Grade!.Value;
            codes[index] = Math.Min(4, codes[index] + 1);
            return Grade(BilagDomain.Constitutional, ToItems(items, codes)).Grade!.Value <= before;
        });
    }

    private static Dictionary<string, int> ToItems(IReadOnlyList<BilagItem> items, int[] codes) =>
        items.Select((item, i) => (item.Key, codes[i])).ToDictionary(p => p.Key, p => p.Item2);

    private static decimal? N(string? text) => text is null ? null : decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
}
