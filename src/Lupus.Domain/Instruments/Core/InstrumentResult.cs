namespace Lupus.Domain.Instruments.Core;

/// <summary>The outcome of one instrument calculation, valid or not, that explains itself.</summary>
public abstract record InstrumentResult
{
    protected InstrumentResult(InstrumentInfo instrument) => Instrument = instrument;

    /// <summary>Instrument, version and citation that produced this result.</summary>
    public InstrumentInfo Instrument { get; }

    /// <summary>True when the input passed validation; invalid results carry only <see cref="Errors"/>.</summary>
    public bool Valid => Errors.Count == 0;

    public IReadOnlyList<InputError> Errors { get; init; } = [];

    /// <summary>Non-fatal observations, for example a direct flag contradicting the value it derives from.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    /// <summary>Notes on how the result was reached, for example <c>proteinuria_from_upcr</c>.</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    /// <summary>The items that counted, with their points, in definition order.</summary>
    public IReadOnlyList<ItemContribution> Contributions { get; init; } = [];

    /// <summary>Writes the specification's output keys: <c>valid</c>, the instrument's keys, then errors, warnings and notes.</summary>
    public void WriteTo(IResultWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Bool("valid", Valid);
        if (Valid)
        {
            WriteFields(writer);
        }
        else
        {
            writer.TextSet("errors", Errors.Select(e => e.ToString()));
        }

        if (Warnings.Count > 0)
        {
            writer.TextSet("warnings", Warnings);
        }

        if (Notes.Count > 0)
        {
            writer.TextSet("notes", Notes);
        }
    }

    /// <summary>Writes the instrument-specific output keys of a valid result.</summary>
    protected abstract void WriteFields(IResultWriter writer);
}

/// <summary>The result of an input that failed validation: no partial result, only the errors.</summary>
public sealed record InvalidResult : InstrumentResult
{
    public InvalidResult(InstrumentInfo instrument, IReadOnlyList<InputError> errors)
        : base(instrument)
    {
        if (errors.Count == 0)
        {
            throw new ArgumentException("An invalid result needs at least one error.", nameof(errors));
        }

        Errors = errors;
    }

    protected override void WriteFields(IResultWriter writer)
    {
    }
}
