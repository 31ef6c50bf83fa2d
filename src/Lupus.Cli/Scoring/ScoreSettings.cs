namespace Lupus.Cli.Scoring;

/// <summary>Output formats of <c>lupus score</c>.</summary>
internal enum ScoreFormat
{
    Json,
    Csv,
    Text,
}

/// <summary>Options of one <c>lupus score</c> run.</summary>
internal sealed record ScoreSettings(string Input, string? Instrument, ScoreFormat? Format, string? Output, bool Explain);
