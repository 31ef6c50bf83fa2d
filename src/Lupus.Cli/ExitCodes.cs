namespace Lupus.Cli;

/// <summary>Process exit codes of every <c>lupus</c> verb.</summary>
internal static class ExitCodes
{
    public const int Success = 0;

    /// <summary>The computation could not be done (for example a model that does not converge).</summary>
    public const int Failure = 1;

    /// <summary>Bad input: missing file, malformed content, unknown option value, field or column.</summary>
    public const int BadInput = 2;
}
