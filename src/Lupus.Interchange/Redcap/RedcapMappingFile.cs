using System.Globalization;
using System.Text;
using System.Text.Json;
using Lupus.Interchange.Model;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Lupus.Interchange.Redcap;

/// <summary>
/// Reads a mapping file written as JSON (<c>.json</c>) or YAML (<c>.yaml</c>, <c>.yml</c>) into the one
/// <see cref="RedcapMapping"/> schema, keeping the line of every key so that errors name file, line and field.
/// </summary>
internal static class RedcapMappingFile
{
    private static readonly string[] YamlExtensions = [".yaml", ".yml"];

    private static readonly IDeserializer Yaml = new DeserializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .Build();

    public static bool IsMapping(string path) =>
        path.EndsWith(".json", StringComparison.OrdinalIgnoreCase) || IsYaml(path);

    public static (RedcapMapping? Mapping, MappingLines Lines) Read(string path, List<InterchangeError> errors)
    {
        var text = File.ReadAllText(path);
        return IsYaml(path) ? ReadYaml(path, text, errors) : ReadJson(path, text, errors);
    }

    private static bool IsYaml(string path) => YamlExtensions.Any(e => path.EndsWith(e, StringComparison.OrdinalIgnoreCase));

    private static (RedcapMapping?, MappingLines) ReadJson(string path, string text, List<InterchangeError> errors)
    {
        var lines = new MappingLines(path, JsonMappingLines.Read(Encoding.UTF8.GetBytes(text)));
        try
        {
            return (RedcapMapping.Parse(text), lines);
        }
        catch (JsonException e)
        {
            var line = e.LineNumber is { } l ? (l + 1).ToString(CultureInfo.InvariantCulture) : "1";
            var field = (e.Path ?? "").TrimStart('$').TrimStart('.');
            errors.Add(new InterchangeError(new SourceLocation(path, line, field), "invalid mapping: " + e.Message));
            return (null, lines);
        }
    }

    private static (RedcapMapping?, MappingLines) ReadYaml(string path, string text, List<InterchangeError> errors)
    {
        var lines = new MappingLines(path, new Dictionary<string, long>());
        try
        {
            lines = new MappingLines(path, YamlMappingLines.Read(text));
            var mapping = Yaml.Deserialize<RedcapMapping?>(text);
            foreach (var required in new[] { "record_id", "tables" })
            {
                if (!lines.Has(required))
                {
                    errors.Add(new InterchangeError(new SourceLocation(path, "1", required), $"invalid mapping: '{required}' is required"));
                }
            }

            return errors.Count == 0 ? (mapping, lines) : (null, lines);
        }
        catch (YamlException e)
        {
            var field = lines.PathOn(e.Start.Line) ?? "";
            var at = new SourceLocation(path, e.Start.Line.ToString(CultureInfo.InvariantCulture), field);
            errors.Add(new InterchangeError(at, "invalid mapping: " + Innermost(e).Message));
            return (null, lines);
        }
    }

    private static Exception Innermost(Exception e)
    {
        while (e.InnerException is not null)
        {
            e = e.InnerException;
        }

        return e;
    }
}
