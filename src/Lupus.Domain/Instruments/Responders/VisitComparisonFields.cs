using Lupus.Domain.Instruments.Bilag;
using Lupus.Domain.Instruments.Core;

namespace Lupus.Domain.Instruments.Responders;

/// <summary>Declares the baseline/follow-up fields of SRI-4 and BICLA and checks their clinical ranges.</summary>
/// <remarks>
/// SLEDAI totals and PGA values are read over a wide range so that a value outside 0-105 or 0-3 is a clinical
/// (Invalid) error naming the field, as the specification requires, rather than an unreadable input.
/// </remarks>
internal sealed class VisitComparisonFields
{
    private const int SledaiMaximum = 105;
    private const decimal PgaMaximum = 3m;

    /// <param name="builder">The instrument's schema builder.</param>
    /// <param name="sledaiKey">Stem of the SLEDAI keys (<c>sledai</c> or <c>sledai2k</c>).</param>
    public VisitComparisonFields(SchemaBuilder builder, string sledaiKey)
    {
        SledaiBaseline = builder.WholeNumber(sledaiKey + "_baseline", int.MinValue, int.MaxValue);
        SledaiFollowup = builder.WholeNumber(sledaiKey + "_followup", int.MinValue, int.MaxValue);
        BilagBaseline = builder.Nested("bilag_baseline", BilagGrades.Schema);
        BilagFollowup = builder.Nested("bilag_followup", BilagGrades.Schema);
        PgaBaseline = builder.Number("pga_baseline", decimal.MinValue, decimal.MaxValue);
        PgaFollowup = builder.Number("pga_followup", decimal.MinValue, decimal.MaxValue);
        TreatmentFailure = builder.Bool("treatment_failure");
    }

    public IntegerField SledaiBaseline { get; }

    public IntegerField SledaiFollowup { get; }

    public ObjectField BilagBaseline { get; }

    public ObjectField BilagFollowup { get; }

    public NumberField PgaBaseline { get; }

    public NumberField PgaFollowup { get; }

    public BoolField TreatmentFailure { get; }

    public VisitComparison Bind(InputRecord record) => new()
    {
        SledaiBaseline = record.Get(SledaiBaseline),
        SledaiFollowup = record.Get(SledaiFollowup),
        BilagBaseline = BilagGrades.Read(record.Get(BilagBaseline)),
        BilagFollowup = BilagGrades.Read(record.Get(BilagFollowup)),
        PgaBaseline = record.Get(PgaBaseline),
        PgaFollowup = record.Get(PgaFollowup),
        TreatmentFailure = record.Get(TreatmentFailure) ?? false,
    };

    public void Validate(VisitComparison input, List<InputError> errors)
    {
        CheckSledai(SledaiBaseline.Name, input.SledaiBaseline, errors);
        CheckSledai(SledaiFollowup.Name, input.SledaiFollowup, errors);
        CheckPga(PgaBaseline.Name, input.PgaBaseline, errors);
        CheckPga(PgaFollowup.Name, input.PgaFollowup, errors);
    }

    /// <summary>True when every given SLEDAI total is 0-105 and every given PGA 0-3 (what <see cref="Validate"/> checks).</summary>
    public static bool InRange(int? sledaiBaseline, int? sledaiFollowup, decimal? pgaBaseline, decimal? pgaFollowup) =>
        sledaiBaseline is not (< 0 or > SledaiMaximum) && sledaiFollowup is not (< 0 or > SledaiMaximum)
        && pgaBaseline is not (< 0m or > PgaMaximum) && pgaFollowup is not (< 0m or > PgaMaximum);

    private static void CheckSledai(string field, int? value, List<InputError> errors)
    {
        if (value is < 0 or > SledaiMaximum)
        {
            errors.Add(new InputError(field, $"must be a SLEDAI total from 0 to {SledaiMaximum}, got {value}"));
        }
    }

    private static void CheckPga(string field, decimal? value, List<InputError> errors)
    {
        if (value is < 0m or > PgaMaximum)
        {
            errors.Add(new InputError(field, $"must be a PGA from 0 to 3, got {InputRecord.Format(value!.Value)}"));
        }
    }
}
