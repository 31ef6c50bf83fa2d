using Lupus.Domain.Instruments.Core;

namespace Lupus.Domain.Instruments.Classification;

/// <summary>2019 EULAR/ACR classification criteria for SLE: ANA entry, weighted additive criteria, classified at 10 or more.</summary>
/// <remarks>
/// Aringer M, Costenbader K, Daikh D, et al. Ann Rheum Dis 2019;78:1151-1159 (also Arthritis Rheumatol
/// 2019;71:1400-1412). Only the highest-weighted criterion of each domain counts (both low C3 and low C4 score 4);
/// at least one clinical criterion is required. Omitted criteria, the entry criterion included, are not met.
/// Without the entry criterion the total is null and nothing counts, while the domain scores and the clinical flag
/// still describe the criteria recorded.
/// </remarks>
public sealed class EularAcr2019 : Instrument<EularAcrInput>
{
    private static readonly SchemaBuilder Builder = new();
    private static readonly BoolField Entry = Builder.Bool(EularAcrCriteria.EntryKey);
    private static readonly CriterionFields<EularAcrCriterion> Criteria =
        new(Builder, EularAcrCriteria.All.Select(c => (c.Criterion, c.Key)));

    private static readonly InputSchema FieldSchema = Builder.Build();

    public static EularAcr2019 Instance { get; } = new();

    public override InstrumentInfo Info { get; } = new(
        "eular_acr_2019",
        "2019 EULAR/ACR classification criteria",
        "EULAR/ACR 2019",
        "Aringer M, Costenbader K, Daikh D, et al. 2019 European League Against Rheumatism/American College of Rheumatology classification criteria for systemic lupus erythematosus. Ann Rheum Dis 2019;78:1151-1159.",
        Verification.TwoSources);

    public override InputSchema Schema => FieldSchema;

    public override IReadOnlyList<string> ScalarOutputs => EularAcrResult.ScalarKeys;

    protected override EularAcrInput Bind(InputRecord record) =>
        new(record.Get(Entry) == true, Criteria.Bind(record));

    protected override InstrumentResult Compute(EularAcrInput input) => EularAcrScoring.Score(Info, input);
}
