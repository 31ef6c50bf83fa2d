namespace Lupus.Domain.Instruments.Core;

/// <summary>Receives a result's output keys (the names of the specification) in a fixed order.</summary>
/// <remarks>Implemented by the JSON, CSV and text formatters; instruments never format output themselves.</remarks>
public interface IResultWriter
{
    void Bool(string key, bool? value);

    void WholeNumber(string key, int? value);

    void Number(string key, decimal? value);

    void Text(string key, string? value);

    /// <summary>A set of codes (order carries no meaning).</summary>
    void TextSet(string key, IEnumerable<string>? values);

    /// <summary>Starts a nested object; nested keys follow until <see cref="EndObject"/>.</summary>
    void BeginObject(string key);

    void EndObject();

    /// <summary>A nested object that is not available (written as <c>null</c>).</summary>
    void NullObject(string key);
}
