namespace Lupus.Domain.Instruments.Core;

/// <summary>Declares an instrument's fields in order; each declaration returns a typed handle.</summary>
public sealed class SchemaBuilder
{
    private readonly List<FieldSpec> _fields = [];
    private InputSchema? _built;

    public BoolField Bool(string name) => Add(new BoolField(name, _fields.Count));

    public NumberField Number(string name, decimal min, decimal max) => Add(new NumberField(name, _fields.Count, min, max));

    public IntegerField WholeNumber(string name, int min, int max) => Add(new IntegerField(name, _fields.Count, min, max));

    public CodeField Code(string name, params string[] allowed) => Add(new CodeField(name, _fields.Count, allowed));

    public CodeListField CodeList(string name, params string[] allowed) => Add(new CodeListField(name, _fields.Count, allowed));

    public ObjectField Nested(string name, InputSchema schema) => Add(new ObjectField(name, _fields.Count, schema));

    /// <summary>Freezes the schema; further declarations are a programming error.</summary>
    public InputSchema Build() => _built ??= new InputSchema(_fields.ToArray());

    private T Add<T>(T field) where T : FieldSpec
    {
        if (_built is not null)
        {
            throw new InvalidOperationException("The schema is already built.");
        }

        if (_fields.Exists(f => string.Equals(f.Name, field.Name, StringComparison.Ordinal)))
        {
            throw new ArgumentException($"Duplicate field '{field.Name}'.", nameof(field));
        }

        _fields.Add(field);
        return field;
    }
}
