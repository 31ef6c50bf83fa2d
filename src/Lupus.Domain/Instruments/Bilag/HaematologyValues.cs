namespace Lupus.Domain.Instruments.Bilag;

/// <summary>
/// The value items of the haematological domain (specification 3.6). Pass a count only when the cytopenia is
/// judged due to lupus activity; <c>null</c> otherwise or when not measured.
/// </summary>
public sealed record HaematologyValues
{
    public decimal? HaemoglobinGramsPerDl { get; init; }

    public decimal? Wbc10e9PerL { get; init; }

    public decimal? Neutrophils10e9PerL { get; init; }

    public decimal? Lymphocytes10e9PerL { get; init; }

    public decimal? Platelets10e9PerL { get; init; }

    public bool? ActiveHaemolysis { get; init; }

    public bool? CoombsPositiveIsolated { get; init; }

    /// <summary>Input keys of the value items, in schema order.</summary>
    public static IReadOnlyList<string> Keys { get; } =
        ["haemoglobin_g_dl", "wbc_10e9_per_l", "neutrophils_10e9_per_l", "lymphocytes_10e9_per_l", "platelets_10e9_per_l", "active_haemolysis", "coombs_positive_isolated"];

    /// <summary>Keys of the value items that were recorded.</summary>
    public IReadOnlyList<string> PresentKeys()
    {
        bool[] present =
        [
            HaemoglobinGramsPerDl is not null, Wbc10e9PerL is not null, Neutrophils10e9PerL is not null,
            Lymphocytes10e9PerL is not null, Platelets10e9PerL is not null, ActiveHaemolysis is not null, CoombsPositiveIsolated is not null,
        ];
        return Keys.Where((_, i) => present[i]).ToArray();
    }
}
