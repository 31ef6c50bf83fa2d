using Lupus.Persistence;
using Lupus.Persistence.Entities;
using Lupus.Web.Records;
using Lupus.Web.Security;
using Microsoft.AspNetCore.Authorization;
using NodaTime;

namespace Lupus.Web.Pages.Patients;

[Authorize(Policy = Policies.Writer)]
public sealed class VisitModel(RecordService<VisitRecords, Visit, VisitInput, VisitView> records, LupusDbContext db, IClock clock)
    : RecordPageModel<VisitRecords, Visit, VisitInput, VisitView>(records, db, clock)
{
    public override string What => "visit";

    protected override VisitInput NewInput() => new() { VisitDate = Today.ToDateOnly() };
}
