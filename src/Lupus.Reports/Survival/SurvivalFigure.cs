using System.Globalization;
using ScottPlot;
using SkiaSharp;

namespace Lupus.Reports.Survival;

/// <summary>A survival plot with an optional numbers-at-risk table aligned under its time axis; saved as SVG or PNG.</summary>
/// <remarks>
/// The table is drawn on the same canvas below the plot: each column sits at the pixel of its time on the plot's
/// axis, each row starts with its curve's label in the curve's colour, as in published Kaplan-Meier figures.
/// </remarks>
public sealed class SurvivalFigure
{
    private const int Width = 900;
    private const int PlotHeight = 600;
    private const float RowHeight = 24;
    private const float LeftMargin = 150;

    internal SurvivalFigure(Plot plot, RiskTable? table, IReadOnlyList<Color> colors)
    {
        Plot = plot;
        Table = table;
        Colors = colors;
        if (table is not null)
        {
            // Room on the left for the row labels, shared by plot and table so the columns line up.
            plot.Layout.Fixed(new PixelPadding(LeftMargin, 30, 60, 20));
        }
    }

    public Plot Plot { get; }

    public RiskTable? Table { get; }

    private IReadOnlyList<Color> Colors { get; }

    private int TotalHeight => PlotHeight + (Table is null ? 0 : (int)((Table.Labels.Count + 1.6) * RowHeight));

    /// <summary>Saves as SVG or PNG, chosen by the file extension.</summary>
    /// <exception cref="ArgumentException">The extension is neither .svg nor .png.</exception>
    public void Save(string path)
    {
        var extension = Path.GetExtension(path);
        if (extension.Equals(".svg", StringComparison.OrdinalIgnoreCase))
        {
            using var stream = File.Create(path);
            using (var canvas = SKSvgCanvas.Create(new SKRect(0, 0, Width, TotalHeight), stream))
            {
                Draw(canvas);
            }
        }
        else if (extension.Equals(".png", StringComparison.OrdinalIgnoreCase))
        {
            using var surface = SKSurface.Create(new SKImageInfo(Width, TotalHeight));
            Draw(surface.Canvas);
            using var image = surface.Snapshot();
            using var data = image.Encode(SKEncodedImageFormat.Png, 100);
            using var stream = File.Create(path);
            data.SaveTo(stream);
        }
        else
        {
            throw new ArgumentException($"The plot file must end in .svg or .png: '{path}'.", nameof(path));
        }
    }

    private void Draw(SKCanvas canvas)
    {
        canvas.Clear(SKColors.White);
        Plot.Render(canvas, new PixelRect(0, Width, PlotHeight, 0));
        if (Table is null)
        {
            return;
        }

        using var typeface = SKTypeface.FromFamilyName("DejaVu Sans");
        using var font = new SKFont(typeface, 13);
        using var bold = new SKFont(typeface, 13) { Embolden = true };
        using var ink = new SKPaint { Color = SKColors.Black, IsAntialias = true };
        var top = PlotHeight + (RowHeight * 0.6f);
        canvas.DrawText("Number at risk", 12, top, SKTextAlign.Left, bold, ink);
        for (var row = 0; row < Table.Labels.Count; row++)
        {
            var y = top + ((row + 1) * RowHeight);
            var color = Colors[row % Colors.Count];
            using var labelInk = new SKPaint { Color = new SKColor(color.R, color.G, color.B), IsAntialias = true };
            canvas.DrawText(Fit(Table.Labels[row], font, LeftMargin - 24), 12, y, SKTextAlign.Left, font, labelInk);
            for (var column = 0; column < Table.Times.Count; column++)
            {
                var x = Plot.GetPixel(new Coordinates(Table.Times[column], 0)).X;
                var count = Table.Counts[row][column].ToString(CultureInfo.InvariantCulture);
                canvas.DrawText(count, x, y, SKTextAlign.Center, font, ink);
            }
        }
    }

    private static string Fit(string label, SKFont font, float width)
    {
        if (font.MeasureText(label) <= width)
        {
            return label;
        }

        while (label.Length > 1 && font.MeasureText(label + "…") > width)
        {
            label = label[..^1];
        }

        return label + "…";
    }
}
