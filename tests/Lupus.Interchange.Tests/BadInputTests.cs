using Lupus.Interchange.Csv;
using Lupus.Interchange.Import;
using Lupus.Interchange.Tests.Support;
using Lupus.Persistence.Access;
using Lupus.Persistence.Entities;

namespace Lupus.Interchange.Tests;

public sealed class BadInputTests
{
    private const string LabsHeader = "site_code,study_id,collection_date,analyte,value,unit,lower_limit,upper_limit\n";

    [Fact]
    public void Import_EveryKindOfError_IsCollectedLocatedAndNothingIsWritten()
    {
        using var registry = new Registry();
        CsvRoundTripTests.Import(registry, Examples.CsvSet);
        var before = registry.Counts();
        var dir = Examples.Scratch();
        var labs = Write(dir, "labs.csv", LabsHeader +
            "NUH,NUH-001,2026-02-01,C3,0.7,g/L,,\n" +
            "NUH,NUH-001,2026-02-01,C5,0.7,g/L,,\n" +
            "NUH,NUH-001,2026-02-01,C4,0.2,mg/L,,\n" +
            "NUH,NUH-001,2026-02-31,Creatinine,-1,umol/L,,\n" +
            "NUH,NUH-001,2026-02-01,C3,0.8,g/L,,\n" +
            "NUH,NUH-001,2026-02-01,Wbc,4.2\n");
        var ragged = Write(dir, "infusions.csv", "site_code,study_id,infusion_date,cell_source,donor_type,dose_cells_per_kg,total_cells,lot,passage,viability_percent,route\n" +
            "NUH,\"NUH\"-001,2026-01-01,Adipose,Autologous,1,1,L,1,90,Intravenous\n");
        var utf8 = Path.Combine(dir, "adverse_events.csv");
        File.WriteAllBytes(utf8, [.. "site_code,study_id\nNUH,NUH-"u8.ToArray(), 0xC3, 0x28, (byte)'\n']);

        var errors = ImportErrors(registry, [labs, ragged, utf8]);

        Assert.Contains($"{labs}:3:analyte: 'C5' is not one of", errors);
        Assert.Contains($"{labs}:5:collection_date: '2026-02-31' is not a date (yyyy-mm-dd)", errors);
        Assert.Contains($"{labs}:5:value: -1 is outside 0..", errors);
        Assert.Contains($"{labs}:7: expected 8 fields as in the header, found 5", errors);
        Assert.True(errors.Contains($"{ragged}:2: malformed CSV", StringComparison.Ordinal), errors);
        Assert.Contains($"{utf8}:2: invalid UTF-8 at byte 27", errors);
        Assert.Equal(before, registry.Counts());
    }

    [Fact]
    public void Import_UnknownUnitAndDuplicateKey_AreLocatedAfterReading()
    {
        using var registry = new Registry();
        CsvRoundTripTests.Import(registry, Examples.CsvSet);
        var before = registry.Counts();
        var labs = Write(Examples.Scratch(), "labs.csv", LabsHeader +
            "NUH,NUH-001,2026-02-01,C3,0.7,g/L,,\n" +
            "NUH,NUH-001,2026-02-01,C4,0.2,mg/L,,\n" +
            "NUH,NUH-001,2026-02-01,C3,0.8,g/L,,\n" +
            "NUH,NUH-404,2026-02-01,C3,0.8,g/L,,\n");

        var errors = ImportErrors(registry, [labs]);

        Assert.Contains($"{labs}:3:unit: unit 'mg/L' is not allowed for C4 (allowed: g/L, mg/dL)", errors);
        Assert.Contains($"{labs}:5:study_id: patient NUH/NUH-404 is neither in the patients table nor in the registry", errors);
        Assert.Equal(before, registry.Counts());
        var dup = ImportErrors(registry, [Write(Examples.Scratch(), "labs.csv", LabsHeader +
            "NUH,NUH-001,2026-02-01,C3,0.7,g/L,,\nNUH,NUH-001,2026-02-01,C3,0.8,g/L,,\n")]);
        Assert.Contains(":3: duplicate key NUH/NUH-001 C3 on 2026-02-01: already on row 2", dup);
    }

    [Fact]
    public void Import_RowsOfASiteTheAccountMayNotWrite_AreErrors()
    {
        using var registry = new Registry();
        var before = registry.Counts();

        var errors = ImportErrors(registry, Examples.CsvSet, Registry.InvestigatorOf(registry.Nuh));

        Assert.Contains("patients.csv:4:site_code: this account may not write data of site 'RLC'", errors);
        Assert.Equal(before, registry.Counts());
        Assert.Contains("may not write data of site 'NUH'", ImportErrors(registry, Examples.CsvSet, Registry.As(UserRole.Monitor, registry.Nuh)));
    }

    private static string ImportErrors(Registry registry, IReadOnlyList<string> files, AccessScope? scope = null)
    {
        using var db = registry.Open(scope ?? AccessScope.System);
        var result = new DatasetImporter(db, registry.Clock).Import(CsvDatasetReader.Read(files), null);
        Assert.False(result.Succeeded);
        return string.Join(Environment.NewLine, result.Errors);
    }

    private static string Write(string dir, string name, string text)
    {
        var path = Path.Combine(dir, name);
        File.WriteAllText(path, text);
        return path;
    }
}
