using Lupus.Domain.Instruments.Core;

namespace Lupus.Domain.Instruments.Classification;

/// <summary>SLICC 2012 classification criteria: 4 criteria with at least one clinical and one immunologic, or biopsy-proven nephritis with ANA or anti-dsDNA.</summary>
/// <remarks>
/// Petri M, Orbai AM, Alarcón GS, et al. Arthritis Rheum 2012;64:2677-2686. A positive direct Coombs test does not
/// count when haemolytic anaemia is present. Omitted criteria are not met.
/// </remarks>
public sealed class Slicc2012 : Instrument<SliccInput>
{
    private static readonly SchemaBuilder Builder = new();
    private static readonly CriterionFields<SliccCriterion> Criteria =
        new(Builder, SliccCriteria.All.Select(c => (c.Criterion, c.Key)));

    private static readonly BoolField Biopsy = Builder.Bool(SliccCriteria.BiopsyKey);
    private static readonly InputSchema FieldSchema = Builder.Build();

    public static Slicc2012 Instance { get; } = new();

    public override InstrumentInfo Info { get; } = new(
        "slicc2012",
        "SLICC 2012 classification criteria",
        "SLICC 2012",
        "Petri M, Orbai AM, Alarcón GS, et al. Derivation and validation of the Systemic Lupus International Collaborating Clinics classification criteria for systemic lupus erythematosus. Arthritis Rheum 2012;64:2677-2686.",
        Verification.OneSource);

    public override InputSchema Schema => FieldSchema;

    public override IReadOnlyList<string> ScalarOutputs => SliccResult.ScalarKeys;

    /// <summary>Scores one cumulative record.</summary>
    public static SliccResult Score(InstrumentInfo instrument, SliccInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var counted = SliccCriteria.All.Where(c => c.Counts(input.Met)).ToList();
        var clinical = counted.Count(c => c.Clinical);
        var immunologic = counted.Count - clinical;
        var byCount = counted.Count >= SliccCriteria.Threshold && clinical >= 1 && immunologic >= 1;
        var byBiopsy = input.BiopsyProvenNephritis
            && (input.Met.Contains(SliccCriterion.Ana) || input.Met.Contains(SliccCriterion.AntiDsDna));
        var excluded = SliccCriteria.All.Where(c => input.Met.Contains(c.Criterion) && !c.Counts(input.Met));

        return new SliccResult(instrument)
        {
            ClinicalCount = clinical,
            ImmunologicCount = immunologic,
            Pathway = byCount ? SliccResult.CriteriaCountPathway : byBiopsy ? SliccResult.BiopsyNephritisPathway : null,
            Contributions = counted.Select(c => new ItemContribution(c.Key, 1)).ToList(),
            Notes = excluded.Select(c => c.Key + "_excluded").ToList(),
        };
    }

    protected override SliccInput Bind(InputRecord record) => new(Criteria.Bind(record), record.Get(Biopsy) == true);

    protected override InstrumentResult Compute(SliccInput input) => Score(Info, input);
}
