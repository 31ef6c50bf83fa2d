using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Lupus.Interchange.Redcap;

/// <summary>Key lines of a YAML mapping, from the parser's marks.</summary>
internal static class YamlMappingLines
{
    /// <exception cref="YamlException">The text is not well-formed YAML.</exception>
    public static Dictionary<string, long> Read(string text)
    {
        var stream = new YamlStream();
        var parser = new Parser(new StringReader(text));
        try
        {
            stream.Load(parser);
        }
        catch (InvalidOperationException)
        {
            // The scanner fails this way (without a mark) on some unclosed flow collections: locate it after the last event read.
            var mark = parser.Current?.End ?? Mark.Empty;
            throw new YamlException(mark, mark, "malformed YAML: an unclosed [ or { before this point");
        }

        var lines = new Dictionary<string, long>(StringComparer.Ordinal);
        if (stream.Documents.Count > 0)
        {
            Walk(stream.Documents[0].RootNode, "", lines);
        }

        return lines;
    }

    private static void Walk(YamlNode node, string path, Dictionary<string, long> lines)
    {
        switch (node)
        {
            case YamlMappingNode mapping:
                foreach (var (key, value) in mapping.Children)
                {
                    var child = path.Length == 0 ? key.ToString() : path + "." + key;
                    lines.TryAdd(child, key.Start.Line);
                    Walk(value, child, lines);
                }

                break;
            case YamlSequenceNode sequence:
                for (var i = 0; i < sequence.Children.Count; i++)
                {
                    var child = $"{path}[{i}]";
                    lines.TryAdd(child, sequence.Children[i].Start.Line);
                    Walk(sequence.Children[i], child, lines);
                }

                break;
        }
    }
}
