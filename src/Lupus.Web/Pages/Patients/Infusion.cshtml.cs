using Lupus.Persistence;
using Lupus.Persistence.Entities;
using Lupus.Web.Records;
using Lupus.Web.Security;
using Microsoft.AspNetCore.Authorization;
using NodaTime;

namespace Lupus.Web.Pages.Patients;

[Authorize(Policy = Policies.Writer)]
public sealed class InfusionModel(RecordService<InfusionRecords, MscInfusion, InfusionInput, RecordView<InfusionInput>> records, LupusDbContext db, IClock clock)
    : RecordPageModel<InfusionRecords, MscInfusion, InfusionInput, RecordView<InfusionInput>>(records, db, clock)
{
    public override string What => "infusion";

    protected override InfusionInput NewInput() => new()
    {
        InfusionDate = Today.ToDateOnly(),
        Source = MscSource.UmbilicalCord,
        DonorType = DonorType.Allogeneic,
        DoseCellsPerKg = 1_000_000m,
        Route = InfusionRoute.Intravenous,
    };
}
