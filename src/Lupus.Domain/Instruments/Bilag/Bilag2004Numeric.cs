using Lupus.Domain.Instruments.Core;

namespace Lupus.Domain.Instruments.Bilag;

/// <summary>BILAG-2004 numerical score (A = 12, B = 8, C = 1, D = E = 0 over 9 domains) and overall grade (specification 3.7).</summary>
/// <remarks>
/// Yee CS, Cresswell L, Farewell V, et al. Rheumatology (Oxford) 2010;49:1665-1669. The classic-BILAG codings
/// (9/3/1, 12/5/1) do not apply to BILAG-2004. The haematological grade it sums is provisional (3.6).
/// </remarks>
public sealed class Bilag2004Numeric : Instrument<BilagGrades>
{
    private static readonly int[] Points = [12, 8, 1, 0, 0];
    private static readonly SchemaBuilder Builder = new();
    private static readonly ObjectField GradesField = Builder.Nested("grades", BilagGrades.Schema);
    private static readonly InputSchema FieldSchema = Builder.Build();

    public static Bilag2004Numeric Instance { get; } = new();

    public override InstrumentInfo Info { get; } = new(
        "bilag2004_numeric",
        "BILAG-2004 numerical score",
        "BILAG-2004 numerical scoring (2010)",
        "Yee CS, Cresswell L, Farewell V, et al. Numerical scoring for the BILAG-2004 index. Rheumatology (Oxford) 2010;49:1665-1669.",
        Verification.OneSource);

    public override InputSchema Schema => FieldSchema;

    public override IReadOnlyList<string> ScalarOutputs => BilagNumericResult.ScalarKeys;

    /// <summary>Points of one grade in the numerical score.</summary>
    public static int PointsOf(BilagGrade grade) => Points[(int)grade];

    protected override BilagGrades Bind(InputRecord record) => BilagGrades.Read(record.Get(GradesField));

    protected override InstrumentResult Compute(BilagGrades input)
    {
        var complete = input.IsComplete;
        var graded = Enum.GetValues<BilagDomain>().Where(d => input[d] is not null).ToArray();
        var worst = graded.Select(d => input[d]).Min();
        var contributions = graded
            .Where(d => PointsOf(input[d]!.Value) > 0)
            .Select(d => new ItemContribution(BilagGrades.Key(d), PointsOf(input[d]!.Value)))
            .ToArray();
        return new BilagNumericResult(Info)
        {
            NumericScore = complete ? graded.Sum(d => PointsOf(input[d]!.Value)) : null,

            // An A is the worst grade possible, so it stands even when other domains are missing.
            OverallGrade = complete || worst == BilagGrade.A ? worst : null,
            CountA = complete ? input.Count(BilagGrade.A) : null,
            CountB = complete ? input.Count(BilagGrade.B) : null,
            MissingDomains = input.MissingDomains,
            Contributions = contributions,
            Notes = input[BilagDomain.Haematological] is null ? [] : [Bilag2004Domain.HaematologicalUnverified],
        };
    }
}
