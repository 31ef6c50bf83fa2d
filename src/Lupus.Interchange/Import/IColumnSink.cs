namespace Lupus.Interchange.Import;

/// <summary>
/// Receives one row's provider values column by column, typed, so that a bulk insert neither boxes values nor looks
/// converters up per value. One overload per provider type the model uses after its value converters.
/// </summary>
internal interface IColumnSink
{
    void Write(int column, Guid value);

    void Write(int column, string? value);

    void Write(int column, int value);

    void Write(int column, long value);

    void Write(int column, decimal value);

    void Write(int column, double value);

    void Write(int column, bool value);

    void Write(int column, DateOnly value);

    void Write(int column, DateTime value);

    void WriteNull(int column);
}
