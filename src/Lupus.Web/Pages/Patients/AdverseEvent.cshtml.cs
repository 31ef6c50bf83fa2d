using Lupus.Persistence;
using Lupus.Web.Records;
using Lupus.Web.Security;
using Microsoft.AspNetCore.Authorization;
using NodaTime;

namespace Lupus.Web.Pages.Patients;

[Authorize(Policy = Policies.Writer)]
public sealed class AdverseEventModel(
    RecordService<AdverseEventRecords, Persistence.Entities.AdverseEvent, AdverseEventInput, RecordView<AdverseEventInput>> records,
    LupusDbContext db,
    IClock clock)
    : RecordPageModel<AdverseEventRecords, Persistence.Entities.AdverseEvent, AdverseEventInput, RecordView<AdverseEventInput>>(records, db, clock)
{
    public override string What => "adverse event";

    protected override AdverseEventInput NewInput() => new() { OnsetDate = Today.ToDateOnly(), Grade = 1 };
}
