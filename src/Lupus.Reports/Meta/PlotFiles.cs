using ScottPlot;

namespace Lupus.Reports.Meta;

/// <summary>Saves a plot as PNG or SVG according to the file extension, with the house font.</summary>
internal static class PlotFiles
{
    public static Plot Create()
    {
        Fonts.Default = "DejaVu Sans";
        return new Plot();
    }

    /// <exception cref="ArgumentException">The extension is neither .png nor .svg.</exception>
    public static void Save(Plot plot, string path, int width, int height)
    {
        var extension = Path.GetExtension(path);
        if (extension.Equals(".png", StringComparison.OrdinalIgnoreCase))
        {
            plot.SavePng(path, width, height);
        }
        else if (extension.Equals(".svg", StringComparison.OrdinalIgnoreCase))
        {
            plot.SaveSvg(path, width, height);
        }
        else
        {
            throw new ArgumentException($"Plot file '{path}' must end in .png or .svg.", nameof(path));
        }
    }

    /// <summary>Ticks for a log-ratio axis labelled on the ratio scale, thinned as the range widens so labels never collide.</summary>
    public static (double[] Positions, string[] Labels) RatioTicks(double min, double max)
    {
        var span = max - min;
        double[] candidates = span > 5.3 ? [0.001, 0.01, 0.1, 1, 10, 100, 1000]
            : span > 2.3 ? [0.02, 0.05, 0.1, 0.2, 0.5, 1, 2, 5, 10, 20, 50]
            : [0.1, 0.25, 0.5, 0.75, 1, 1.5, 2, 3, 4, 6, 10];
        var inside = candidates.Where(c => Math.Log(c) >= min && Math.Log(c) <= max).ToArray();
        return (inside.Select(c => Math.Log(c)).ToArray(), inside.Select(c => c.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture)).ToArray());
    }
}
