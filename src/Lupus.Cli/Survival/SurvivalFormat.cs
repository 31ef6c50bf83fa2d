namespace Lupus.Cli.Survival;

/// <summary>Output format of the survival verbs.</summary>
internal enum SurvivalFormat
{
    Json,
    Text,
}
