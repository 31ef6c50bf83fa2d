using Lupus.Interchange.Fhir;
using Lupus.Persistence.Entities;

namespace Lupus.Interchange.Tests.Fhir;

public sealed class LabCodesTests
{
    [Fact]
    public void ForWriting_has_a_code_for_every_catalogue_unit()
    {
        foreach (var (analyte, units) in LabCatalog.Units)
        {
            foreach (var unit in units)
            {
                var code = LabCodes.ForWriting(analyte, unit);

                Assert.Equal((analyte, unit), (code.Analyte, code.CatalogUnit));
            }
        }
    }

    [Fact]
    public void All_maps_only_to_catalogue_units()
    {
        Assert.All(LabCodes.All, code => Assert.True(LabCatalog.Allows(code.Analyte, code.CatalogUnit), code.ToString()));
    }

    [Fact]
    public void ForWriting_refuses_a_unit_outside_the_catalogue()
    {
        var error = Assert.Throws<ArgumentException>(() => LabCodes.ForWriting(Analyte.C3, "mmol/L"));

        Assert.Equal("catalogUnit", error.ParamName);
    }
}
