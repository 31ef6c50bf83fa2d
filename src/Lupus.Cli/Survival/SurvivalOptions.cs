using System.CommandLine;

namespace Lupus.Cli.Survival;

/// <summary>Options shared by the survival verbs.</summary>
internal sealed class SurvivalOptions
{
    public Option<string> Input { get; } = new("--input", "-i") { Description = "CSV file with a header row", Required = true };

    public Option<string> Time { get; } = new("--time") { Description = "Column of follow-up times (0 or more)", Required = true };

    public Option<string> Format { get; } = CreateFormat();

    public Option<string?> Output { get; } = new("--output", "-o") { Description = "Output file (default: standard output)" };

    /// <summary>The 1/0 or true/false event column (km, cox).</summary>
    public static Option<string> CreateEvent() =>
        new("--event") { Description = "Event column: 1/true = event, 0/false = censored", Required = true };

    public void AddTo(Command command)
    {
        command.Options.Add(Input);
        command.Options.Add(Time);
        command.Options.Add(Format);
        command.Options.Add(Output);
    }

    public SurvivalFormat GetFormat(ParseResult parse) =>
        parse.GetValue(Format) == "text" ? SurvivalFormat.Text : SurvivalFormat.Json;

    private static Option<string> CreateFormat()
    {
        var format = new Option<string>("--format") { Description = "Output format: json (default) or text", DefaultValueFactory = _ => "json" };
        format.AcceptOnlyFromAmong("json", "text");
        return format;
    }
}
