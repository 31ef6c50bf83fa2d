using Lupus.Persistence;
using Lupus.Persistence.Entities;
using NodaTime;

namespace Lupus.Web.Records;

/// <summary>Adverse events (CTCAE v5 grades 1-5).</summary>
public sealed class AdverseEventRecords : IRecordKind<AdverseEvent, AdverseEventInput, RecordView<AdverseEventInput>>
{
    public static string Segment => "adverse-events";

    public static string Name => "AdverseEvent";

    public static IQueryable<AdverseEvent> Query(LupusDbContext db) => db.AdverseEvents.OrderByDescending(r => r.OnsetDate);

    public static RecordView<AdverseEventInput> ToView(AdverseEvent entity) => new(entity.Id, entity.PatientId, entity.Version, ToInput(entity));

    public static AdverseEventInput ToInput(AdverseEvent entity) => new()
    {
        Term = entity.Term,
        Grade = entity.Grade,
        Serious = entity.Serious,
        RelationToInfusion = entity.RelationToInfusion,
        OnsetDate = entity.OnsetDate.ToDateOnly(),
        ResolutionDate = entity.ResolutionDate?.ToDateOnly(),
        Version = entity.Version,
    };

    public static void Validate(AdverseEventInput input, RecordContext context, FieldErrors errors)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(context);
        if (string.IsNullOrWhiteSpace(input.Term))
        {
            errors.Add(nameof(input.Term), "is required");
        }

        if (input.Grade is < 1 or > 5)
        {
            errors.Add(nameof(input.Grade), "must be a CTCAE grade from 1 to 5");
        }

        var onset = LocalDate.FromDateOnly(input.OnsetDate);
        errors.Date(nameof(input.OnsetDate), onset, context.Today, context.Patient.BirthDate);
        if (input.ResolutionDate is { } resolved)
        {
            errors.Date(nameof(input.ResolutionDate), LocalDate.FromDateOnly(resolved), context.Today);
            if (LocalDate.FromDateOnly(resolved) < onset)
            {
                errors.Add(nameof(input.ResolutionDate), "must not be before the onset date");
            }
        }

        if (!Enum.IsDefined(input.RelationToInfusion))
        {
            errors.Add(nameof(input.RelationToInfusion), "must be a listed value");
        }
    }

    public static Task ApplyAsync(AdverseEventInput input, AdverseEvent entity, RecordContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(entity);
        entity.Term = input.Term!.Trim();
        entity.Grade = input.Grade;
        entity.Serious = input.Serious;
        entity.RelationToInfusion = input.RelationToInfusion;
        entity.OnsetDate = LocalDate.FromDateOnly(input.OnsetDate);
        entity.ResolutionDate = input.ResolutionDate is { } r ? LocalDate.FromDateOnly(r) : null;
        return Task.CompletedTask;
    }
}
