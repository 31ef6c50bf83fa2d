namespace Lupus.Reports.Input;

/// <summary>Bad input in a file, located as precisely as possible: <c>file:row:column: rule</c>.</summary>
/// <remarks>The CLI prints it and exits with its bad-input code; the web report shows it as a note.</remarks>
public sealed class InputFileException : Exception
{
    public InputFileException(string message)
        : base(message)
    {
    }

    public InputFileException(string message, Exception inner)
        : base(message, inner)
    {
    }

    public InputFileException()
    {
    }

    /// <summary>Builds the located message, leaving out the parts that are unknown.</summary>
    public static InputFileException At(string? file, string? row, string? column, string rule) => new(Located(file, row, column, rule));

    /// <summary>The message <c>file:row:column: rule</c> without its unknown parts.</summary>
    public static string Located(string? file, string? row, string? column, string rule)
    {
        var location = string.Join(':', new[] { file, row, column }.Where(p => !string.IsNullOrEmpty(p)));
        return location.Length == 0 ? rule : $"{location}: {rule}";
    }
}
