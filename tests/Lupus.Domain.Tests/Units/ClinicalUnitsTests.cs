using Lupus.Domain.Units;

namespace Lupus.Domain.Tests.Units;

public sealed class ClinicalUnitsTests
{
    [Fact]
    public void Creatinine_1point5MgPerDl_Is132point6Umol() => Assert.Equal(132.6m, ClinicalUnits.CreatinineMgPerDlToUmolPerL(1.5m));

    [Fact]
    public void Creatinine_RoundTrip_Exact() => Assert.Equal(88.4m, ClinicalUnits.CreatinineMgPerDlToUmolPerL(ClinicalUnits.CreatinineUmolPerLToMgPerDl(88.4m)));

    [Fact]
    public void Upcr_HalfGramPerGram_Is56point55MgPerMmol() => Assert.Equal(56.55m, ClinicalUnits.UpcrGramPerGramToMgPerMmol(0.5m));

    [Fact]
    public void Upcr_1131MgPerMmol_Is10GramPerGram() => Assert.Equal(10m, ClinicalUnits.UpcrMgPerMmolToGramPerGram(1131m));

    [Fact]
    public void Complement_0point9GramPerL_Is90MgPerDl() => Assert.Equal(90m, ClinicalUnits.ComplementGramPerLToMgPerDl(0.9m));

    [Fact]
    public void Complement_MgPerDlToGramPerL() => Assert.Equal(0.85m, ClinicalUnits.ComplementMgPerDlToGramPerL(85m));

    [Fact]
    public void Protein_2505MgIs2point505Gram() => Assert.Equal(2.505m, ClinicalUnits.ProteinMgToGram(2505m));

    [Fact]
    public void Protein_GramToMg() => Assert.Equal(858m, ClinicalUnits.ProteinGramToMg(0.858m));

    [Fact]
    public void Negative_Throws_NamingParameter()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => ClinicalUnits.CreatinineMgPerDlToUmolPerL(-1m));
        Assert.Equal("mgPerDl", e.ParamName);
    }
}
