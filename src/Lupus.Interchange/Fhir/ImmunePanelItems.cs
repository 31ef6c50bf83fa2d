namespace Lupus.Interchange.Fhir;

/// <summary>Component codes of the immune panel Observation (local code system) and their UCUM units.</summary>
internal static class ImmunePanelItems
{
    public const string Percent = "%";
    public const string PgPerMl = "pg/mL";

    public static IReadOnlyList<(string Code, string Display, string Unit)> All { get; } =
    [
        ("treg", "Regulatory T cells (% of CD4+)", Percent),
        ("th1", "Th1 cells (% of CD4+)", Percent),
        ("th2", "Th2 cells (% of CD4+)", Percent),
        ("th17", "Th17 cells (% of CD4+)", Percent),
        ("tfh", "T follicular helper cells (% of CD4+)", Percent),
        ("breg", "Regulatory B cells (% of CD19+)", Percent),
        ("plasma-cells", "Plasma cells (% of CD19+)", Percent),
        ("il-10", "Interleukin 10", PgPerMl),
        ("tnf-alpha", "Tumour necrosis factor alpha", PgPerMl),
        ("ifn-alpha", "Interferon alpha", PgPerMl),
        ("il-6", "Interleukin 6", PgPerMl),
    ];

    public static int IndexOf(string? code)
    {
        for (var i = 0; i < All.Count; i++)
        {
            if (All[i].Code == code)
            {
                return i;
            }
        }

        return -1;
    }
}
