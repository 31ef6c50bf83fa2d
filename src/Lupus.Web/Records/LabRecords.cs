using Lupus.Persistence;
using Lupus.Persistence.Entities;
using NodaTime;

namespace Lupus.Web.Records;

/// <summary>
/// Laboratory results, with units checked against the analyte and values stored in the analyte's canonical unit by
/// <see cref="LabUnits"/>, the conversion import uses too.
/// </summary>
public sealed class LabRecords : IRecordKind<LabResult, LabInput, RecordView<LabInput>>
{
    public static string Segment => "labs";

    public static string Name => "Lab";

    public static IQueryable<LabResult> Query(LupusDbContext db) => db.LabResults.OrderByDescending(r => r.CollectionDate);

    public static RecordView<LabInput> ToView(LabResult entity) => new(entity.Id, entity.PatientId, entity.Version, ToInput(entity));

    public static LabInput ToInput(LabResult entity) => new()
    {
        Analyte = entity.Analyte,
        Value = entity.Value,
        Unit = entity.Unit,
        LowerLimit = entity.LowerLimit,
        UpperLimit = entity.UpperLimit,
        CollectionDate = entity.CollectionDate.ToDateOnly(),
        Version = entity.Version,
    };

    public static void Validate(LabInput input, RecordContext context, FieldErrors errors)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(context);
        errors.Date(nameof(input.CollectionDate), LocalDate.FromDateOnly(input.CollectionDate), context.Today, context.Patient.BirthDate);
        if (!Enum.IsDefined(input.Analyte))
        {
            errors.Add(nameof(input.Analyte), "is not a recorded analyte");
            return;
        }

        if (!LabCatalog.Allows(input.Analyte, input.Unit))
        {
            errors.Add(nameof(input.Unit), $"must be one of {string.Join(", ", LabCatalog.Units[input.Analyte])} for {input.Analyte}");
        }

        if (LabCatalog.MustBePositive(input.Analyte))
        {
            errors.Positive(nameof(input.Value), input.Value);
        }
        else
        {
            errors.Range(nameof(input.Value), input.Value, 0, 1_000_000);
        }

        errors.Range(nameof(input.LowerLimit), input.LowerLimit, 0, 1_000_000);
        errors.Range(nameof(input.UpperLimit), input.UpperLimit, 0, 1_000_000);
        if (input is { LowerLimit: { } low, UpperLimit: { } high } && low > high)
        {
            errors.Add(nameof(input.UpperLimit), "must not be below the lower limit");
        }
    }

    public static Task ApplyAsync(LabInput input, LabResult entity, RecordContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(entity);
        var canonical = LabUnits.ToCanonical(input.Analyte, input.Unit, input.Value, input.LowerLimit, input.UpperLimit)
            ?? throw new InvalidOperationException($"unit '{input.Unit}' passed validation but is not allowed for {input.Analyte}");
        entity.Analyte = input.Analyte;
        entity.Value = canonical.Value;
        entity.Unit = canonical.Unit;
        entity.LowerLimit = canonical.LowerLimit;
        entity.UpperLimit = canonical.UpperLimit;
        entity.CollectionDate = LocalDate.FromDateOnly(input.CollectionDate);
        return Task.CompletedTask;
    }
}
