using Lupus.Domain.Instruments.Core;

namespace Lupus.Domain.Instruments.Bilag;

/// <summary>
/// The <c>bilag2004_domain</c> schema. <c>items</c> is one nested object whose keys are the union of every
/// domain's items; <see cref="Bilag2004Domain"/> then rejects keys that do not belong to the chosen domain.
/// </summary>
internal sealed class BilagDomainFields
{
    private static readonly BilagDomain[] GradedHere = Enum.GetValues<BilagDomain>().Where(d => d != BilagDomain.Renal).ToArray();

    public BilagDomainFields()
    {
        var items = new SchemaBuilder();

        // Codes are read over the whole integer range so that a code such as 5 is a clinical error (Invalid), not Malformed.
        Codes = GradedHere.SelectMany(BilagItems.Of).Select(i => items.WholeNumber(i.Key, int.MinValue, int.MaxValue)).ToArray();
        Haemoglobin = items.Number(HaematologyValues.Keys[0], 0m, 30m);
        Wbc = items.Number(HaematologyValues.Keys[1], 0m, 1_000m);
        Neutrophils = items.Number(HaematologyValues.Keys[2], 0m, 1_000m);
        Lymphocytes = items.Number(HaematologyValues.Keys[3], 0m, 1_000m);
        Platelets = items.Number(HaematologyValues.Keys[4], 0m, 5_000m);
        ActiveHaemolysis = items.Bool(HaematologyValues.Keys[5]);
        CoombsPositiveIsolated = items.Bool(HaematologyValues.Keys[6]);

        var builder = new SchemaBuilder();
        Domain = builder.Code("domain", GradedHere.Select(BilagGrades.Key).ToArray());
        Items = builder.Nested("items", items.Build());
        PreviousInvolvement = builder.Bool("previous_involvement");
        Schema = builder.Build();
    }

    public InputSchema Schema { get; }

    public CodeField Domain { get; }

    public ObjectField Items { get; }

    public BoolField PreviousInvolvement { get; }

    public IReadOnlyList<IntegerField> Codes { get; }

    public NumberField Haemoglobin { get; }

    public NumberField Wbc { get; }

    public NumberField Neutrophils { get; }

    public NumberField Lymphocytes { get; }

    public NumberField Platelets { get; }

    public BoolField ActiveHaemolysis { get; }

    public BoolField CoombsPositiveIsolated { get; }

    public BilagDomainInput Bind(InputRecord record)
    {
        var items = record.Get(Items);
        var codes = new Dictionary<string, int>(StringComparer.Ordinal);
        if (items is not null)
        {
            foreach (var field in Codes)
            {
                if (items.Get(field) is { } code)
                {
                    codes[field.Name] = code;
                }
            }
        }

        var domain = record.Get(Domain);
        return new BilagDomainInput
        {
            Domain = domain is null ? null : GradedHere.First(d => BilagGrades.Key(d) == domain),
            Items = codes,
            Haematology = items is null ? new HaematologyValues() : new HaematologyValues
            {
                HaemoglobinGramsPerDl = items.Get(Haemoglobin),
                Wbc10e9PerL = items.Get(Wbc),
                Neutrophils10e9PerL = items.Get(Neutrophils),
                Lymphocytes10e9PerL = items.Get(Lymphocytes),
                Platelets10e9PerL = items.Get(Platelets),
                ActiveHaemolysis = items.Get(ActiveHaemolysis),
                CoombsPositiveIsolated = items.Get(CoombsPositiveIsolated),
            },
            PreviousInvolvement = record.Get(PreviousInvolvement),
        };
    }
}
