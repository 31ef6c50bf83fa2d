using System.Globalization;
using System.Text;

namespace Lupus.Benchmarks.Scoring;

/// <summary>Writes a reproducible CSV of synthetic SLEDAI-2K visits: direct flags plus laboratory values.</summary>
public static class SledaiCsvGenerator
{
    public static readonly string[] Header =
    [
        "id", "seizure", "psychosis", "organic_brain_syndrome", "visual_disturbance", "cranial_nerve_disorder", "lupus_headache",
        "cva", "vasculitis", "arthritis_joint_count", "myositis", "urinary_casts", "rash_status", "alopecia", "mucosal_ulcers",
        "pleurisy", "pericarditis", "max_temperature_c", "urine_rbc_per_hpf", "urine_wbc_per_hpf", "proteinuria_g_per_24h",
        "c3", "c3_lln", "c4", "c4_lln", "anti_dsdna_value", "anti_dsdna_uln", "platelets_10e9_per_l", "wbc_10e9_per_l",
        "leukopenia_drug_cause",
    ];

    private static readonly string[] Statuses = ["absent", "absent", "absent", "new", "persistent"];

    /// <summary>Writes <paramref name="visits"/> rows to <paramref name="path"/> from a fixed seed.</summary>
    public static void Write(string path, int visits, int seed = 20141125)
    {
        var random = new Random(seed);
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 20);
        writer.Write(string.Join(',', Header));
        writer.Write('\n');
        var line = new StringBuilder(256);
        for (var i = 0; i < visits; i++)
        {
            line.Clear();
            line.Append(CultureInfo.InvariantCulture, $"v{i}");
            for (var d = 0; d < 8; d++)
            {
                line.Append(random.NextDouble() < 0.02 ? ",true" : ",false");
            }

            line.Append(CultureInfo.InvariantCulture, $",{random.Next(0, 6)}");
            line.Append(random.NextDouble() < 0.03 ? ",true" : ",false");
            line.Append(random.NextDouble() < 0.05 ? ",true" : ",false");
            line.Append(',').Append(Statuses[random.Next(Statuses.Length)]);
            line.Append(random.NextDouble() < 0.1 ? ",true" : ",false");
            line.Append(random.NextDouble() < 0.1 ? ",true" : ",false");
            line.Append(random.NextDouble() < 0.04 ? ",true" : ",false");
            line.Append(random.NextDouble() < 0.03 ? ",true" : ",false");
            Number(line, 36.2 + random.NextDouble() * 3);
            Number(line, random.Next(0, 30));
            Number(line, random.Next(0, 30));
            Number(line, random.NextDouble() * 3.5);
            Number(line, 0.4 + random.NextDouble() * 1.0);
            line.Append(",0.9");
            Number(line, 0.05 + random.NextDouble() * 0.3);
            line.Append(",0.1");
            Number(line, random.Next(1, 400));
            line.Append(",100");
            Number(line, 40 + random.NextDouble() * 300);
            Number(line, 1.5 + random.NextDouble() * 8);
            line.Append(random.NextDouble() < 0.05 ? ",true" : ",false");
            line.Append('\n');
            writer.Write(line);
        }
    }

    private static void Number(StringBuilder line, double value) =>
        line.Append(',').Append(Math.Round(value, 2).ToString(CultureInfo.InvariantCulture));
}
