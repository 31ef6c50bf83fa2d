using Lupus.Persistence;
using Lupus.Persistence.Entities;
using Lupus.Web.Records;
using Lupus.Web.Security;
using Microsoft.AspNetCore.Authorization;
using NodaTime;

namespace Lupus.Web.Pages.Patients;

[Authorize(Policy = Policies.Writer)]
public sealed class LabModel(RecordService<LabRecords, LabResult, LabInput, RecordView<LabInput>> records, LupusDbContext db, IClock clock)
    : RecordPageModel<LabRecords, LabResult, LabInput, RecordView<LabInput>>(records, db, clock)
{
    public override string What => "lab result";

    protected override LabInput NewInput() => new() { CollectionDate = Today.ToDateOnly(), Analyte = Analyte.C3, Unit = LabCatalog.Units[Analyte.C3][0] };
}
