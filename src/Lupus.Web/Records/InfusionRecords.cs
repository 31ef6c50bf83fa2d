using Lupus.Persistence;
using Lupus.Persistence.Entities;
using NodaTime;

namespace Lupus.Web.Records;

/// <summary>Mesenchymal stem cell infusions.</summary>
public sealed class InfusionRecords : IRecordKind<MscInfusion, InfusionInput, RecordView<InfusionInput>>
{
    public static string Segment => "infusions";

    public static string Name => "Infusion";

    public static IQueryable<MscInfusion> Query(LupusDbContext db) => db.MscInfusions.OrderByDescending(r => r.InfusionDate);

    public static RecordView<InfusionInput> ToView(MscInfusion entity) => new(entity.Id, entity.PatientId, entity.Version, ToInput(entity));

    public static InfusionInput ToInput(MscInfusion entity) => new()
    {
        InfusionDate = entity.InfusionDate.ToDateOnly(),
        Source = entity.Source,
        DonorType = entity.DonorType,
        DoseCellsPerKg = entity.DoseCellsPerKg,
        TotalCells = entity.TotalCells,
        Lot = entity.Lot,
        Passage = entity.Passage,
        ViabilityPercent = entity.ViabilityPercent,
        Route = entity.Route,
        Version = entity.Version,
    };

    public static void Validate(InfusionInput input, RecordContext context, FieldErrors errors)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(context);
        errors.Date(nameof(input.InfusionDate), LocalDate.FromDateOnly(input.InfusionDate), context.Today, context.Patient.BirthDate);
        errors.Positive(nameof(input.DoseCellsPerKg), input.DoseCellsPerKg);
        errors.Positive(nameof(input.TotalCells), input.TotalCells);
        errors.Range(nameof(input.Passage), input.Passage, 0, 50);
        errors.Range(nameof(input.ViabilityPercent), input.ViabilityPercent, 0, 100);
        if (!Enum.IsDefined(input.Source) || !Enum.IsDefined(input.DonorType) || !Enum.IsDefined(input.Route))
        {
            errors.Add(nameof(input.Source), "source, donor type and route must be listed values");
        }
    }

    public static Task ApplyAsync(InfusionInput input, MscInfusion entity, RecordContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(entity);
        entity.InfusionDate = LocalDate.FromDateOnly(input.InfusionDate);
        entity.Source = input.Source;
        entity.DonorType = input.DonorType;
        entity.DoseCellsPerKg = input.DoseCellsPerKg;
        entity.TotalCells = input.TotalCells;
        entity.Lot = input.Lot?.Trim() ?? "";
        entity.Passage = input.Passage;
        entity.ViabilityPercent = input.ViabilityPercent;
        entity.Route = input.Route;
        return Task.CompletedTask;
    }
}
