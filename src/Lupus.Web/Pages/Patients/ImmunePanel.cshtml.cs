using Lupus.Persistence;
using Lupus.Persistence.Entities;
using Lupus.Web.Records;
using Lupus.Web.Security;
using Microsoft.AspNetCore.Authorization;
using NodaTime;

namespace Lupus.Web.Pages.Patients;

[Authorize(Policy = Policies.Writer)]
public sealed class ImmunePanelModel(
    RecordService<ImmunePanelRecords, ImmunePanel, ImmunePanelInput, RecordView<ImmunePanelInput>> records,
    LupusDbContext db,
    IClock clock)
    : RecordPageModel<ImmunePanelRecords, ImmunePanel, ImmunePanelInput, RecordView<ImmunePanelInput>>(records, db, clock)
{
    public override string What => "immune panel";

    protected override ImmunePanelInput NewInput() => new() { SampleDate = Today.ToDateOnly() };
}
