namespace Lupus.Domain.Instruments.Core;

/// <summary>An instrument seen generically: a schema of input fields and a calculation over an <see cref="InputRecord"/>.</summary>
public interface IInstrument
{
    InstrumentInfo Info { get; }

    InputSchema Schema { get; }

    /// <summary>Scalar output keys in column order for tabular output (nested objects as <c>key.subkey</c>).</summary>
    IReadOnlyList<string> ScalarOutputs { get; }

    /// <summary>Validates and scores one input record; never throws for bad clinical data.</summary>
    InstrumentResult Evaluate(InputRecord input);
}

/// <summary>Base of every instrument: binds the generic record to a typed input, validates, then computes.</summary>
/// <typeparam name="TInput">The instrument's typed input record.</typeparam>
public abstract class Instrument<TInput> : IInstrument
    where TInput : class
{
    public abstract InstrumentInfo Info { get; }

    public abstract InputSchema Schema { get; }

    public abstract IReadOnlyList<string> ScalarOutputs { get; }

    public InstrumentResult Evaluate(InputRecord input)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (!ReferenceEquals(input.Schema, Schema))
        {
            throw new ArgumentException($"The record does not follow the {Info.Name} schema.", nameof(input));
        }

        return Evaluate(Bind(input));
    }

    /// <summary>Validates and scores a typed input.</summary>
    public InstrumentResult Evaluate(TInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = new List<InputError>();
        Validate(input, errors);
        return errors.Count > 0 ? new InvalidResult(Info, errors) : Compute(input);
    }

    /// <summary>Reads the typed input from a record whose values already passed type and range checks.</summary>
    protected abstract TInput Bind(InputRecord record);

    /// <summary>Adds an error for each clinical validity rule the input breaks (none by default).</summary>
    protected virtual void Validate(TInput input, List<InputError> errors)
    {
    }

    /// <summary>Computes the result of a valid input.</summary>
    protected abstract InstrumentResult Compute(TInput input);
}
