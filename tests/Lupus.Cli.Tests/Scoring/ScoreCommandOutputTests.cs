using System.Text.Json.Nodes;

namespace Lupus.Cli.Tests.Scoring;

/// <summary>Output formats and the CSV batch path of <c>lupus score</c>.</summary>
public sealed class ScoreCommandOutputTests : IDisposable
{
    private const string AllAbsentHeader =
        "id,seizure,psychosis,organic_brain_syndrome,visual_disturbance,cranial_nerve_disorder,lupus_headache,cva,vasculitis," +
        "arthritis,myositis,urinary_casts,rash,alopecia,mucosal_ulcers,pleurisy,pericarditis,max_temperature_c,urine_rbc_per_hpf," +
        "urine_wbc_per_hpf,proteinuria_g_per_24h,c3,c3_lln,c4,c4_lln,anti_dsdna_value,anti_dsdna_uln,platelets_10e9_per_l,wbc_10e9_per_l";

    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Score_CsvToCsv_WritesIdAndScalarResults()
    {
        var input = _dir.File("visits.csv",
            AllAbsentHeader + "\n" +
            "v1,false,false,false,false,false,false,false,false,false,false,false,false,false,false,false,false,36.8,1,2,0.12,1.1,0.9,0.22,0.1,12,100,240,6.1\n" +
            "v2,false,false,false,false,false,false,false,false,true,false,false,true,false,false,false,false,38.5,1,2,0.8,0.7,0.9,0.22,0.1,,,240,6.1\n");

        var run = CliRun.Of("score", "--input", input, "--instrument", "sledai2k");

        Assert.Equal(0, run.ExitCode);
        var lines = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("id,valid,total_score,partial_score,clinical_score,status,items_present,missing_items,window_days,errors", lines[0]);
        Assert.Equal("v1,true,0,0,0,complete,,,10,", lines[1]);
        Assert.Equal("v2,true,,13,11,incomplete,arthritis;proteinuria;rash;low_complement;fever,increased_dna_binding,10,", lines[2]);
    }

    [Fact]
    public void Score_CsvToJson_EmptyCellIsNotAssessed()
    {
        var input = _dir.File("pga.csv", "id,seizure\nv1,\n");

        var run = CliRun.Of("score", "--input", input, "--instrument", "sledai2k", "--format", "json");

        Assert.Equal(0, run.ExitCode);
        var result = JsonNode.Parse(run.Output)![0]!["result"]!;
        Assert.Null(result["total_score"]);
        Assert.Equal("incomplete", (string)result["status"]!);
        Assert.Equal(24, result["missing_items"]!.AsArray().Count);
    }

    [Fact]
    public void Score_ClinicallyInvalidRecord_ReportedAndBatchContinues()
    {
        var input = _dir.File("x.json", """
            [{"id": "a", "instrument": "sledai2k", "input": {"window_days": 14}},
             {"id": "b", "instrument": "sledai2k", "input": {"seizure": true}}]
            """);

        var run = CliRun.Of("score", "--input", input);

        Assert.Equal(0, run.ExitCode);
        var output = JsonNode.Parse(run.Output)!.AsArray();
        Assert.False((bool)output[0]!["result"]!["valid"]!);
        Assert.Contains("window_days: must be 10 or 30, got 14", output[0]!["result"]!["errors"]!.ToJsonString(), StringComparison.Ordinal);
        Assert.True((bool)output[1]!["result"]!["valid"]!);
        Assert.Equal(8, (int)output[1]!["result"]!["partial_score"]!);
    }

    [Fact]
    public void Score_ExplainOption_AddsContributionsAndCitation()
    {
        var input = _dir.File("x.json", """[{"id": "a", "instrument": "sledai2k", "input": {"seizure": true, "platelets_10e9_per_l": 80}}]""");

        var run = CliRun.Of("score", "--input", input, "--explain");

        Assert.Equal(0, run.ExitCode);
        var explanation = JsonNode.Parse(run.Output)![0]!["explanation"]!;
        Assert.Contains("Gladman", (string)explanation["citation"]!, StringComparison.Ordinal);
        Assert.Equal("""[{"item":"seizure","points":8},{"item":"thrombocytopenia","points":1}]""", explanation["contributions"]!.ToJsonString());
    }

    [Fact]
    public void Score_TextFormat_ShowsItemsAndCitation()
    {
        var input = _dir.File("x.json", """[{"id": "a", "instrument": "sledai2k", "input": {"seizure": true}}]""");

        var run = CliRun.Of("score", "--input", input, "--format", "text");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("a · SLEDAI-2K", run.Output, StringComparison.Ordinal);
        Assert.Contains("counted: seizure 8", run.Output, StringComparison.Ordinal);
        Assert.Contains("citation: Gladman DD", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_OutputFile_WrittenWhole()
    {
        var input = _dir.File("x.json", """[{"id": "a", "instrument": "sledai2k", "input": {"seizure": true}}]""");
        var output = _dir.File("out.json");

        var run = CliRun.Of("score", "--input", input, "--output", output);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(string.Empty, run.Output);
        Assert.Equal("a", (string)JsonNode.Parse(File.ReadAllText(output))![0]!["id"]!);
    }

    [Fact]
    public void Score_CsvQuotedCellsAndLists_ReadAndEscapedOnOutput()
    {
        var input = _dir.File("doris.csv",
            "id,sledai2k_items_present,pga,prednisone_equivalent_mg_per_day,stable_maintenance_therapy\n" +
            "\"p1, month 6\",\"low_complement;increased_dna_binding\",0.4,5,true\n" +
            "p2,arthritis,0.2,2.5,true\n");

        var run = CliRun.Of("score", "--input", input, "--instrument", "doris2021");

        Assert.Equal(0, run.ExitCode);
        var lines = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("\"p1, month 6\",true,true,0", lines[1], StringComparison.Ordinal);
        Assert.StartsWith("p2,true,false,4", lines[2], StringComparison.Ordinal);
    }

    [Fact]
    public void Score_CsvNestedColumns_FillNestedObjects()
    {
        var grades = string.Join(',', new[] { "constitutional", "mucocutaneous", "neuropsychiatric", "musculoskeletal", "cardiorespiratory", "gastrointestinal", "ophthalmic", "renal", "haematological" }.Select(d => "grades." + d));
        var input = _dir.File("numeric.csv", $"id,{grades}\nv1,C,B,E,A,D,E,E,A,C\n");

        var run = CliRun.Of("score", "--input", input, "--instrument", "bilag2004_numeric", "--format", "json");

        Assert.Equal(0, run.ExitCode);
        var result = JsonNode.Parse(run.Output)![0]!["result"]!;
        Assert.Equal(34, (int)result["numeric_score"]!);
        Assert.Equal("A", (string)result["overall_grade"]!);
    }
}
