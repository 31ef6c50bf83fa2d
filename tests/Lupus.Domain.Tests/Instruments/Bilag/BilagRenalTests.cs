using Lupus.Domain.Instruments.Bilag;
using Lupus.Domain.Instruments.Core;

namespace Lupus.Domain.Tests.Instruments.Bilag;

public sealed class BilagRenalTests
{
    private static BilagRenalResult Grade(BilagRenalInput input) => Assert.IsType<BilagRenalResult>(Bilag2004Renal.Instance.Evaluate(input));

    // A renal visit with nothing active but a known history, so only the field under test moves the grade.
    private static BilagRenalInput Quiet(bool previous = false) => new()
    {
        SystolicBpMmHg = 120m,
        DiastolicBpMmHg = 75m,
        ActiveUrinarySediment = false,
        PreviousRenalInvolvement = previous,
    };

    [Theory]
    [InlineData("1.0", "1.0", true)]
    [InlineData("0.75", "1.0", false)]
    [InlineData("0.76", "1.0", true)]
    [InlineData("5", null, true)]
    [InlineData("5", "0", true)]
    [InlineData("2", "1", true)]
    public void NotImproved_FallAgainstQuarter_ExactQuarterIsImproved(string current, string? previous, bool expected)
    {
        var prev = previous is null ? (decimal?)null : decimal.Parse(previous, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(expected, BilagRenalRules.NotImproved(decimal.Parse(current, System.Globalization.CultureInfo.InvariantCulture), prev));
    }

    [Theory]
    [InlineData("1.0", null, "B", false)]
    [InlineData("1.01", null, "B", true)]
    [InlineData("1.5", "2.0", "C", false)]
    [InlineData("1.5", "1.99", "B", true)]
    public void A1_Proteinuria24h_StrictlyAboveOneAndNotImproved(string current, string? previous, string grade, bool a1)
    {
        var result = Grade(Quiet() with
        {
            ProteinuriaGramsPer24h = D(current),
            PreviousProteinuriaGramsPer24h = previous is null ? null : D(previous),
        });

        Assert.Equal(a1, result.ACriteriaMet.Contains("A1"));
        Assert.Equal(grade, BilagGrades.Letter(result.Grade!.Value));
    }

    [Theory]
    [InlineData(100, false)]
    [InlineData(101, true)]
    public void A1_UpcrAndUacr_StrictlyAboveHundred(int value, bool a1)
    {
        Assert.Equal(a1, Grade(Quiet() with { UpcrMgPerMmol = value }).ACriteriaMet.Contains("A1"));
        Assert.Equal(a1, Grade(Quiet() with { UacrMgPerMmol = value }).ACriteriaMet.Contains("A1"));
    }

    [Fact]
    public void A1_DipstickRiseOfTwo_OnlyWithoutQuantitativeMeasure()
    {
        var dipstick = Quiet() with { UrineDipstickProtein = 3, PreviousUrineDipstickProtein = 1 };

        Assert.Contains("A1", Grade(dipstick).ACriteriaMet);
        Assert.DoesNotContain("A1", Grade(dipstick with { UpcrMgPerMmol = 10m }).ACriteriaMet);
        Assert.Contains("dipstick_ignored_quantitative_proteinuria_present", Grade(dipstick with { UpcrMgPerMmol = 10m }).Notes);
    }

    [Fact]
    public void A1_DipstickWithoutPrevious_IsNotARise()
    {
        var result = Grade(Quiet() with { UrineDipstickProtein = 3 });

        Assert.Empty(result.ACriteriaMet);
        Assert.Equal(BilagGrade.C, result.Grade);
    }

    [Theory]
    [InlineData("143", "110", true)]
    [InlineData("143", "110.01", false)]
    [InlineData("130", "50", false)]
    [InlineData("131", null, false)]
    public void A3_Creatinine_AboveOneThirtyAndAtLeast130Percent(string creatinine, string? previous, bool a3)
    {
        var result = Grade(Quiet() with { CreatinineUmolPerL = D(creatinine), PreviousCreatinineUmolPerL = previous is null ? null : D(previous) });

        Assert.Equal(a3, result.ACriteriaMet.Contains("A3"));
    }

    [Theory]
    [InlineData("67", "100", true)]
    [InlineData("67.1", "100", false)]
    [InlineData("80", "200", false)]
    [InlineData("79.9", "200", true)]
    [InlineData("70", null, false)]
    public void A3_EgfrBelowEightyAndAtMost67Percent(string egfr, string? previous, bool a3)
    {
        var result = Grade(Quiet() with { EgfrMlMin173m2 = D(egfr), PreviousEgfrMlMin173m2 = previous is null ? null : D(previous) });

        Assert.Equal(a3, result.ACriteriaMet.Contains("A3"));
    }

    [Theory]
    [InlineData("49.9", null, true)]
    [InlineData("49.9", "50.1", true)]
    [InlineData("49.9", "50", false)]
    [InlineData("50", null, false)]
    public void A3_EgfrBelowFifty_PreviousAboveFiftyOrNotMeasured(string egfr, string? previous, bool a3)
    {
        var result = Grade(Quiet() with { EgfrMlMin173m2 = D(egfr), PreviousEgfrMlMin173m2 = previous is null ? null : D(previous) });

        Assert.Equal(a3, result.ACriteriaMet.Contains("A3"));
    }

    [Fact]
    public void GradeA_TwoCriteriaWithoutA1A4A5_IsB()
    {
        var result = Grade(Quiet() with { AcceleratedHypertension = true, EgfrMlMin173m2 = 40m });

        Assert.Equal(["A2", "A3"], result.ACriteriaMet);
        Assert.Equal(BilagGrade.B, result.Grade);
    }

    [Theory]
    [InlineData(true, false, false)]
    [InlineData(false, true, false)]
    [InlineData(false, false, true)]
    public void GradeA_TwoCriteriaIncludingPrimary_IsA(bool sediment, bool histology, bool heavyProteinuria)
    {
        var result = Grade(Quiet() with
        {
            NephroticSyndrome = true,
            ActiveUrinarySediment = sediment,
            ActiveNephritisHistologyWithin3Months = histology,
            UpcrMgPerMmol = heavyProteinuria ? 400m : null,
        });

        Assert.Equal(BilagGrade.A, result.Grade);
    }

    [Theory]
    [InlineData("0.5", "B")]
    [InlineData("0.49", "C")]
    [InlineData("0.26", "C")]
    [InlineData("0.25", "D")]
    public void B2C1_Proteinuria24h_Thresholds(string grams, string grade)
    {
        Assert.Equal(grade, BilagGrades.Letter(Grade(Quiet(previous: true) with { ProteinuriaGramsPer24h = D(grams) }).Grade!.Value));
    }

    [Theory]
    [InlineData("50", "B")]
    [InlineData("49.9", "C")]
    [InlineData("25.1", "C")]
    [InlineData("25", "D")]
    public void B2C1_UpcrAndUacr_Thresholds(string value, string grade)
    {
        Assert.Equal(grade, BilagGrades.Letter(Grade(Quiet(previous: true) with { UpcrMgPerMmol = D(value) }).Grade!.Value));
        Assert.Equal(grade, BilagGrades.Letter(Grade(Quiet(previous: true) with { UacrMgPerMmol = D(value) }).Grade!.Value));
    }

    [Fact]
    public void B2_UpcrFellByQuarter_IsOnlyC()
    {
        var result = Grade(Quiet() with { UpcrMgPerMmol = 60m, PreviousUpcrMgPerMmol = 80m });

        Assert.Equal(BilagGrade.C, result.Grade);
    }

    [Theory]
    [InlineData(2, 1, "B")]
    [InlineData(1, 0, "C")]
    [InlineData(2, 2, "C")]
    [InlineData(0, 2, "E")]
    public void B2C1_Dipstick_RiseToTwoPlusIsB(int current, int previous, string grade)
    {
        var result = Grade(Quiet() with { UrineDipstickProtein = current, PreviousUrineDipstickProtein = previous });

        Assert.Equal(grade, BilagGrades.Letter(result.Grade!.Value));
    }

    [Theory]
    [InlineData("138", "120", "B")]
    [InlineData("138", "120.1", "E")]
    [InlineData("130", "100", "E")]
    public void B3_CreatinineAbove130AndAtLeast115Percent(string creatinine, string previous, string grade)
    {
        var result = Grade(Quiet() with { CreatinineUmolPerL = D(creatinine), PreviousCreatinineUmolPerL = D(previous) });

        Assert.Equal(grade, BilagGrades.Letter(result.Grade!.Value));
        Assert.Equal(grade == "B", result.CriteriaMet.Contains("B3"));
    }

    [Theory]
    [InlineData(141, 91, 111, 76, "C")]
    [InlineData(140, 91, 100, 70, "E")]
    [InlineData(141, 90, 100, 70, "E")]
    [InlineData(141, 91, 112, 76, "E")]
    [InlineData(141, 91, 111, 77, "E")]
    public void C2_RisingBloodPressure_StrictLevelsInclusiveRises(int sbp, int dbp, int prevSbp, int prevDbp, string grade)
    {
        var result = Grade(Quiet() with
        {
            SystolicBpMmHg = sbp,
            DiastolicBpMmHg = dbp,
            PreviousSystolicBpMmHg = prevSbp,
            PreviousDiastolicBpMmHg = prevDbp,
        });

        Assert.Equal(grade, BilagGrades.Letter(result.Grade!.Value));
    }

    [Fact]
    public void C2_NoPreviousPressure_IsNotMet()
    {
        Assert.Equal(BilagGrade.E, Grade(Quiet() with { SystolicBpMmHg = 190m, DiastolicBpMmHg = 120m }).Grade);
    }

    [Fact]
    public void Grade_NoRenalFieldAtAll_IsNull()
    {
        var result = Grade(new BilagRenalInput { PreviousRenalInvolvement = true });

        Assert.Null(result.Grade);
        Assert.Empty(result.ACriteriaMet);
    }

    [Fact]
    public void Grade_PreviousInvolvementUnknownAndInactive_IsNullWithNote()
    {
        var result = Grade(Quiet() with { PreviousRenalInvolvement = null });

        Assert.Null(result.Grade);
        Assert.Contains(BilagGrading.PreviousInvolvementUnknown, result.Notes);
    }

    [Fact]
    public void Grade_PreviousInvolvementUnknownButActive_IsGraded()
    {
        Assert.Equal(BilagGrade.B, Grade(Quiet() with { PreviousRenalInvolvement = null, NephroticSyndrome = true }).Grade);
    }

    [Fact]
    public void UpcrGramsPerGram_ConvertedBeforeInput_CrossesA1()
    {
        // 0.9 g/g is 101.79 mg/mmol: above the A1 threshold only once converted (x 113.1) at input.
        var converted = Grade(Quiet() with { UpcrMgPerMmol = 0.9m * 113.1m, ActiveUrinarySediment = true });
        var raw = Grade(Quiet() with { UpcrMgPerMmol = 0.9m, ActiveUrinarySediment = true });

        Assert.Equal(BilagGrade.A, converted.Grade);
        Assert.Equal(["A4"], raw.ACriteriaMet);
    }

    [Fact]
    public void CreatinineMgPerDl_ConvertedBeforeInput_CrossesA3()
    {
        // 1.5 mg/dL = 132.6 umol/L (x 88.4), 130% of 1.15 mg/dL = 101.66 umol/L.
        var result = Grade(Quiet() with { CreatinineUmolPerL = 1.5m * 88.4m, PreviousCreatinineUmolPerL = 1.15m * 88.4m });

        Assert.Contains("A3", result.ACriteriaMet);
    }

    [Fact]
    public void Evaluate_UpcrInGramsPerGramKey_IsUnknownField()
    {
        var result = InstrumentRun.Result(Bilag2004Renal.Instance, """{"upcr_g_per_g": 1.2}""");

        var error = Assert.Single(result.Errors);
        Assert.Equal("upcr_g_per_g", error.Field);
        Assert.Equal(InputErrorKind.Malformed, error.Kind);
    }

    [Fact]
    public void Evaluate_NegativeBloodPressure_IsMalformed()
    {
        var result = InstrumentRun.Result(Bilag2004Renal.Instance, """{"systolic_bp": -5}""");

        Assert.Equal(InputErrorKind.Malformed, Assert.Single(result.Errors).Kind);
    }

    [Theory]
    [InlineData("urine_dipstick_protein", 4)]
    [InlineData("prev_urine_dipstick_protein", -1)]
    public void Evaluate_DipstickOutsideZeroToThree_IsInvalidNamingField(string field, int value)
    {
        var result = InstrumentRun.Result(Bilag2004Renal.Instance, $$"""{"{{field}}": {{value}}}""");

        var error = Assert.Single(result.Errors);
        Assert.Equal(field, error.Field);
        Assert.Equal(InputErrorKind.Invalid, error.Kind);
        Assert.False(result.Valid);
    }

    private static decimal D(string text) => decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
}
