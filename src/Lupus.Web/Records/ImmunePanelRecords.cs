using Lupus.Persistence;
using Lupus.Persistence.Entities;
using NodaTime;

namespace Lupus.Web.Records;

/// <summary>Immune panels: lymphocyte subsets and cytokines.</summary>
public sealed class ImmunePanelRecords : IRecordKind<ImmunePanel, ImmunePanelInput, RecordView<ImmunePanelInput>>
{
    public static string Segment => "immune-panels";

    public static string Name => "ImmunePanel";

    public static IQueryable<ImmunePanel> Query(LupusDbContext db) => db.ImmunePanels.OrderByDescending(r => r.SampleDate);

    public static RecordView<ImmunePanelInput> ToView(ImmunePanel entity) => new(entity.Id, entity.PatientId, entity.Version, ToInput(entity));

    public static ImmunePanelInput ToInput(ImmunePanel entity) => new()
    {
        SampleDate = entity.SampleDate.ToDateOnly(),
        TregPercent = entity.TregPercent,
        Th1Percent = entity.Th1Percent,
        Th2Percent = entity.Th2Percent,
        Th17Percent = entity.Th17Percent,
        TfhPercent = entity.TfhPercent,
        BregPercent = entity.BregPercent,
        PlasmaCellPercent = entity.PlasmaCellPercent,
        Il10PgPerMl = entity.Il10PgPerMl,
        TnfAlphaPgPerMl = entity.TnfAlphaPgPerMl,
        IfnAlphaPgPerMl = entity.IfnAlphaPgPerMl,
        Il6PgPerMl = entity.Il6PgPerMl,
        Version = entity.Version,
    };

    public static void Validate(ImmunePanelInput input, RecordContext context, FieldErrors errors)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(context);
        errors.Date(nameof(input.SampleDate), LocalDate.FromDateOnly(input.SampleDate), context.Today, context.Patient.BirthDate);
        (string Field, decimal? Value)[] percents =
        [
            (nameof(input.TregPercent), input.TregPercent), (nameof(input.Th1Percent), input.Th1Percent),
            (nameof(input.Th2Percent), input.Th2Percent), (nameof(input.Th17Percent), input.Th17Percent),
            (nameof(input.TfhPercent), input.TfhPercent), (nameof(input.BregPercent), input.BregPercent),
            (nameof(input.PlasmaCellPercent), input.PlasmaCellPercent),
        ];
        foreach (var (field, value) in percents)
        {
            errors.Range(field, value, 0, 100);
        }

        (string Field, decimal? Value)[] cytokines =
        [
            (nameof(input.Il10PgPerMl), input.Il10PgPerMl), (nameof(input.TnfAlphaPgPerMl), input.TnfAlphaPgPerMl),
            (nameof(input.IfnAlphaPgPerMl), input.IfnAlphaPgPerMl), (nameof(input.Il6PgPerMl), input.Il6PgPerMl),
        ];
        foreach (var (field, value) in cytokines)
        {
            errors.Range(field, value, 0, 1_000_000);
        }
    }

    public static Task ApplyAsync(ImmunePanelInput input, ImmunePanel entity, RecordContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(entity);
        entity.SampleDate = LocalDate.FromDateOnly(input.SampleDate);
        entity.TregPercent = input.TregPercent;
        entity.Th1Percent = input.Th1Percent;
        entity.Th2Percent = input.Th2Percent;
        entity.Th17Percent = input.Th17Percent;
        entity.TfhPercent = input.TfhPercent;
        entity.BregPercent = input.BregPercent;
        entity.PlasmaCellPercent = input.PlasmaCellPercent;
        entity.Il10PgPerMl = input.Il10PgPerMl;
        entity.TnfAlphaPgPerMl = input.TnfAlphaPgPerMl;
        entity.IfnAlphaPgPerMl = input.IfnAlphaPgPerMl;
        entity.Il6PgPerMl = input.Il6PgPerMl;
        return Task.CompletedTask;
    }
}
