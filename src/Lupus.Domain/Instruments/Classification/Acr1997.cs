using Lupus.Domain.Instruments.Core;

namespace Lupus.Domain.Instruments.Classification;

/// <summary>ACR 1997 (revised 1982) classification criteria for SLE: at least 4 of 11, serially or simultaneously.</summary>
/// <remarks>
/// Tan EM, Cohen AS, Fries JF, et al. Arthritis Rheum 1982;25:1271-1277; Hochberg MC. Arthritis Rheum 1997;40:1725.
/// Omitted criteria are not met.
/// </remarks>
public sealed class Acr1997 : Instrument<Acr1997Input>
{
    private static readonly SchemaBuilder Builder = new();
    private static readonly CriterionFields<Acr1997Criterion> Criteria = new(Builder, Acr1997Criteria.Keys);
    private static readonly InputSchema FieldSchema = Builder.Build();

    public static Acr1997 Instance { get; } = new();

    public override InstrumentInfo Info { get; } = new(
        "acr1997",
        "ACR 1997 classification criteria",
        "ACR 1982, revised 1997",
        "Tan EM, Cohen AS, Fries JF, et al. The 1982 revised criteria for the classification of systemic lupus erythematosus. Arthritis Rheum 1982;25:1271-1277. Hochberg MC. Arthritis Rheum 1997;40:1725.",
        Verification.Reconstructed);

    public override InputSchema Schema => FieldSchema;

    public override IReadOnlyList<string> ScalarOutputs { get; } = ["valid", "criteria_count", "classified_sle"];

    protected override Acr1997Input Bind(InputRecord record) => new(Criteria.Bind(record));

    protected override InstrumentResult Compute(Acr1997Input input)
    {
        var counted = Acr1997Criteria.Keys.Where(k => input.Met.Contains(k.Criterion)).ToList();
        return new Acr1997Result(Info)
        {
            CriteriaCount = counted.Count,
            Contributions = counted.Select(k => new ItemContribution(k.Key, 1)).ToList(),
        };
    }
}
