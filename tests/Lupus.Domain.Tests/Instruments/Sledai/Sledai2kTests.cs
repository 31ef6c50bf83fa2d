using Lupus.Domain.Instruments.Core;
using Lupus.Domain.Instruments.Sledai;

namespace Lupus.Domain.Tests.Instruments.Sledai;

public sealed class Sledai2kTests
{
    private static SledaiResult Score(SledaiVisitInput input) => Assert.IsType<SledaiResult>(Sledai2k.Instance.Evaluate(input));

    [Fact]
    public void Descriptors_WeightsTotal105()
    {
        Assert.Equal(105, SledaiDescriptors.All.Sum(d => d.Weight));
        Assert.Equal(SledaiDescriptors.MaximumScore, SledaiDescriptors.All.Sum(d => d.Weight));
    }

    [Theory]
    [InlineData(SledaiDescriptor.Seizure, 8)]
    [InlineData(SledaiDescriptor.Cva, 8)]
    [InlineData(SledaiDescriptor.Vasculitis, 8)]
    [InlineData(SledaiDescriptor.Arthritis, 4)]
    [InlineData(SledaiDescriptor.UrinaryCasts, 4)]
    [InlineData(SledaiDescriptor.Rash, 2)]
    [InlineData(SledaiDescriptor.LowComplement, 2)]
    [InlineData(SledaiDescriptor.Fever, 1)]
    [InlineData(SledaiDescriptor.Leukopenia, 1)]
    public void Evaluate_SingleDescriptorPresent_ScoresItsWeight(SledaiDescriptor descriptor, int expected)
    {
        var result = Score(SledaiInputs.AllAbsent().With(descriptor, true));

        Assert.Equal(expected, result.TotalScore);
        Assert.Equal([SledaiDescriptors.Get(descriptor).Key], result.ItemsPresent);
        Assert.Equal(expected, result.Contributions.Single().Points);
    }

    [Fact]
    public void Evaluate_AllPresent_Scores105AndClinical101()
    {
        var result = Score(new SledaiVisitInput { Direct = SledaiInputs.Flags(_ => true) });

        Assert.Equal(105, result.TotalScore);
        Assert.Equal(101, result.ClinicalScore);
    }

    [Theory]
    [InlineData("38.0", false)]
    [InlineData("38.01", true)]
    public void Fever_StrictlyAbove38(string celsius, bool expected) =>
        AssertDerived(SledaiInputs.AllAbsent() with { MaxTemperatureCelsius = decimal.Parse(celsius, System.Globalization.CultureInfo.InvariantCulture) }, "fever", expected);

    [Theory]
    [InlineData(5, false)]
    [InlineData(6, true)]
    public void Hematuria_MoreThanFiveRbc(int rbc, bool expected) =>
        AssertDerived(SledaiInputs.AllAbsent() with { UrineRbcPerHpf = rbc }, "hematuria", expected);

    [Theory]
    [InlineData(5, false)]
    [InlineData(6, true)]
    public void Pyuria_MoreThanFiveWbc(int wbc, bool expected) =>
        AssertDerived(SledaiInputs.AllAbsent() with { UrineWbcPerHpf = wbc }, "pyuria", expected);

    [Theory]
    [InlineData("0.5", false)]
    [InlineData("0.51", true)]
    public void Proteinuria_Above05Grams(string grams, bool expected) =>
        AssertDerived(SledaiInputs.AllAbsent() with { ProteinuriaGramsPer24h = decimal.Parse(grams, System.Globalization.CultureInfo.InvariantCulture) }, "proteinuria", expected);

    [Theory]
    [InlineData(100, false)]
    [InlineData(99.9, true)]
    public void Thrombocytopenia_Below100(double platelets, bool expected) =>
        AssertDerived(SledaiInputs.AllAbsent() with { Platelets10e9PerL = (decimal)platelets }, "thrombocytopenia", expected);

    [Theory]
    [InlineData(3.0, false)]
    [InlineData(2.99, true)]
    public void Leukopenia_Below3(double wbc, bool expected) =>
        AssertDerived(SledaiInputs.AllAbsent() with { Wbc10e9PerL = (decimal)wbc }, "leukopenia", expected);

    [Theory]
    [InlineData(1, false)]
    [InlineData(2, true)]
    public void Arthritis_TwoOrMoreJoints(int joints, bool expected) =>
        AssertDerived(SledaiInputs.AllAbsent() with { ArthritisJointCount = joints }, "arthritis", expected);

    [Theory]
    [InlineData(100, 100, false)]
    [InlineData(101, 100, true)]
    public void DnaBinding_AboveUpperLimit(int value, int uln, bool expected) =>
        AssertDerived(SledaiInputs.AllAbsent() with { AntiDsDnaValue = value, AntiDsDnaUpperLimit = uln }, "increased_dna_binding", expected);

    [Fact]
    public void LowComplement_EqualToLimit_NotLow() =>
        AssertDerived(SledaiInputs.AllAbsent() with { C3 = 0.9m, C3LowerLimit = 0.9m }, "low_complement", false);

    [Fact]
    public void LowComplement_Ch50OnlyMeasured_DecidesAlone() =>
        AssertDerived(SledaiInputs.AllAbsent().With(SledaiDescriptor.LowComplement, null) with { Ch50 = 20m, Ch50LowerLimit = 30m }, "low_complement", true);

    [Fact]
    public void LowComplement_ValueWithoutLimit_FallsBackToDirectFlag()
    {
        var result = Score(SledaiInputs.AllAbsent().With(SledaiDescriptor.LowComplement, null) with { C3 = 0.5m });

        Assert.Contains("low_complement", result.MissingItems);
    }

    [Fact]
    public void Exclusions_TurnDerivedPresenceOff()
    {
        var input = SledaiInputs.AllAbsent() with
        {
            MaxTemperatureCelsius = 39m, FeverInfectionExplained = true,
            UrineRbcPerHpf = 30, HematuriaOtherCause = true,
            UrineWbcPerHpf = 30, PyuriaInfection = true,
            Platelets10e9PerL = 50, ThrombocytopeniaDrugCause = true,
            Wbc10e9PerL = 2, LeukopeniaDrugCause = true,
        };

        Assert.Equal(0, Score(input).TotalScore);
    }

    [Fact]
    public void Exclusion_DoesNotOverrideDirectFlag()
    {
        var input = SledaiInputs.AllAbsent().With(SledaiDescriptor.Fever, true) with { FeverInfectionExplained = true };

        Assert.Equal(1, Score(input).TotalScore);
    }

    [Fact]
    public void UpcrSurrogate_UsedOnlyWithout24hValue_AndNoted()
    {
        var surrogate = Score(SledaiInputs.AllAbsent() with { UpcrGramsPerGram = 0.8m });
        var both = Score(SledaiInputs.AllAbsent() with { UpcrGramsPerGram = 0.8m, ProteinuriaGramsPer24h = 0.3m });

        Assert.Equal(4, surrogate.TotalScore);
        Assert.Contains("proteinuria_from_upcr", surrogate.Notes);
        Assert.Equal(0, both.TotalScore);
        Assert.Empty(both.Notes);
    }

    [Fact]
    public void DirectFlagContradictingValue_ValueWinsWithWarning()
    {
        var result = Score(SledaiInputs.AllAbsent().With(SledaiDescriptor.Thrombocytopenia, true) with { Platelets10e9PerL = 150 });

        Assert.Equal(0, result.TotalScore);
        Assert.Contains(result.Warnings, w => w.StartsWith("thrombocytopenia:", StringComparison.Ordinal));
    }

    [Fact]
    public void Pleurisy_ThickeningWithoutPain_DoesNotScore() =>
        AssertDerived(SledaiInputs.AllAbsent().With(SledaiDescriptor.Pleurisy, null) with { PleuralThickening = true }, "pleurisy", false);

    [Fact]
    public void Pericarditis_PainWithConfirmation_Scores() =>
        AssertDerived(SledaiInputs.AllAbsent() with { PericardialPain = true, PericarditisEcgOrEchoConfirmation = true }, "pericarditis", true);

    [Theory]
    [InlineData(MucocutaneousStatus.Absent, false)]
    [InlineData(MucocutaneousStatus.New, true)]
    [InlineData(MucocutaneousStatus.Recurrent, true)]
    [InlineData(MucocutaneousStatus.Persistent, true)]
    public void RashStatus_AnyButAbsentScores(MucocutaneousStatus status, bool expected) =>
        AssertDerived(SledaiInputs.AllAbsent() with { RashStatus = status }, "rash", expected);

    [Fact]
    public void Strict_MissingDescriptor_TotalNullPartialKept()
    {
        var result = Score(SledaiInputs.AllAbsent().With(SledaiDescriptor.Seizure, true).With(SledaiDescriptor.Myositis, null));

        Assert.Null(result.TotalScore);
        Assert.Equal(8, result.PartialScore);
        Assert.Null(result.ClinicalScore);
        Assert.Equal("incomplete", result.Status);
        Assert.Equal(["myositis"], result.MissingItems);
    }

    [Fact]
    public void Strict_OnlySerologyMissing_ClinicalScoreKnown()
    {
        var input = SledaiInputs.AllAbsent().With(SledaiDescriptor.LowComplement, null).With(SledaiDescriptor.IncreasedDnaBinding, null).With(SledaiDescriptor.Rash, true);

        var result = Score(input);

        Assert.Null(result.TotalScore);
        Assert.Equal(2, result.ClinicalScore);
    }

    [Fact]
    public void MissingAsAbsent_ScoresKnownAndMarksImputed()
    {
        var result = Score(SledaiInputs.NothingAssessed().With(SledaiDescriptor.Psychosis, true) with { MissingPolicy = MissingPolicy.MissingAsAbsent });

        Assert.Equal(8, result.TotalScore);
        Assert.Equal("imputed", result.Status);
        Assert.Equal(23, result.MissingItems.Count);
    }

    [Theory]
    [InlineData(10)]
    [InlineData(30)]
    public void WindowDays_TenOrThirty_Valid(int days) =>
        Assert.Equal(days, Score(SledaiInputs.AllAbsent() with { WindowDays = days }).WindowDays);

    [Fact]
    public void WindowDays_Other_Invalid()
    {
        var result = Sledai2k.Instance.Evaluate(SledaiInputs.AllAbsent() with { WindowDays = 14 });

        Assert.False(result.Valid);
        Assert.Equal(new InputError("window_days", "must be 10 or 30, got 14"), result.Errors.Single());
    }

    private static void AssertDerived(SledaiVisitInput input, string key, bool expected)
    {
        var result = Score(input);
        Assert.Equal(expected, result.ItemsPresent.Contains(key));
        Assert.DoesNotContain(key, result.MissingItems);
    }
}
