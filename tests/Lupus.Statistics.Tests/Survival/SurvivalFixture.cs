using System.Globalization;
using System.Text.Json;

namespace Lupus.Statistics.Tests.Survival;

/// <summary>A case written by TestData/survival/make-fixtures.R: the R data set as CSV and R's expected output.</summary>
internal sealed class SurvivalFixture
{
    private readonly Dictionary<string, string[]> _columns;

    private SurvivalFixture(Dictionary<string, string[]> columns, JsonElement root)
    {
        _columns = columns;
        Root = root;
    }

    public JsonElement Root { get; }

    public JsonElement Expected => Root.GetProperty("expected");

    public static string Directory => Path.Combine(AppContext.BaseDirectory, "TestData", "survival");

    public static SurvivalFixture Load(string name)
    {
        var root = JsonDocument.Parse(File.ReadAllText(Path.Combine(Directory, name + ".json"))).RootElement;
        return new SurvivalFixture(ReadCsv(Path.Combine(Directory, root.GetProperty("input").GetString()!)), root);
    }

    public static JsonElement LoadJson(string name) =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(Directory, name + ".json"))).RootElement;

    public string Arg(string option)
    {
        var args = Root.GetProperty("args").EnumerateArray().Select(a => a.GetString()!).ToList();
        var i = args.IndexOf(option);
        return i < 0 ? "" : args[i + 1];
    }

    /// <summary>Rows with every listed column present (R's na.omit), as text cells per column.</summary>
    public string[][] Complete(params string[] names)
    {
        var cols = names.Select(n => _columns[n]).ToArray();
        var keep = Enumerable.Range(0, cols[0].Length).Where(r => cols.All(c => c[r].Length > 0 && c[r] != "NA")).ToArray();
        return cols.Select(c => keep.Select(r => c[r]).ToArray()).ToArray();
    }

    public static double[] Numbers(string[] cells) => cells.Select(c => double.Parse(c, CultureInfo.InvariantCulture)).ToArray();

    public static int[] Codes(string[] cells)
    {
        var levels = cells.Distinct().Order(StringComparer.Ordinal).ToList();
        return cells.Select(c => levels.IndexOf(c)).ToArray();
    }

    private static Dictionary<string, string[]> ReadCsv(string path)
    {
        var lines = File.ReadAllLines(path);
        var header = Split(lines[0]);
        var rows = lines.Skip(1).Select(Split).ToArray();
        return header.Select((h, i) => (h, i)).ToDictionary(x => x.h, x => rows.Select(r => r[x.i]).ToArray());
    }

    private static string[] Split(string line) => line.Split(',').Select(c => c.Trim('"')).ToArray();
}
