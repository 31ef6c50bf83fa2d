using Lupus.Reports.Input;

namespace Lupus.Cli;

/// <summary>Bad input, located as precisely as possible: <c>file:row:column: rule</c>.</summary>
/// <remarks>Thrown by readers and caught once in <see cref="CommandRunner"/>, which prints it and exits with <see cref="ExitCodes.BadInput"/>.</remarks>
internal sealed class CliInputException : Exception
{
    public CliInputException(string message)
        : base(message)
    {
    }

    public CliInputException(string message, Exception inner)
        : base(message, inner)
    {
    }

    public CliInputException()
    {
    }

    /// <summary>Builds the located message, leaving out the parts that are unknown.</summary>
    public static CliInputException At(string? file, string? row, string? column, string rule) =>
        new(InputFileException.Located(file, row, column, rule));
}
