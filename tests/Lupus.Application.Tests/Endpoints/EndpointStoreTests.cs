using Lupus.Application.Demo;
using Lupus.Application.Endpoints;
using Lupus.Persistence.Access;
using Lupus.Persistence.Tests.Support;
using Lupus.Trials.Endpoints;
using Microsoft.EntityFrameworkCore;

namespace Lupus.Application.Tests.Endpoints;

public sealed class EndpointStoreTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Refresh_DataUnchanged_NothingRecomputed_DataChanged_OnlyThatPatient(string provider)
    {
        using var database = new TestDatabase(provider, "endpoints");
        await using (var db = database.Open(AccessScope.System))
        {
            Assert.True(await DemoLoader.LoadAsync(db, 11, Ct));
        }

        await using var context = database.Open(AccessScope.System);
        var store = new EndpointStore(context, database.Clock);
        var first = await store.RefreshAsync(null, Ct);
        Assert.Equal(127, store.Recomputed);
        Assert.Equal(127, await context.PatientEndpoints.CountAsync(Ct));
        Assert.All(await context.PatientEndpoints.ToListAsync(Ct), e => Assert.Equal(EndpointRules.Version, e.RuleVersion));

        await store.RefreshAsync(null, Ct);
        Assert.Equal(0, store.Recomputed);

        // A major responder's 12-month visit graded active again in every visit after baseline: no longer a responder.
        var responder = first.First(p => p.Endpoints.Response12m == TrialResponse.Mcr && !p.Endpoints.Relapsed).Data.Patient.Id;
        var visits = await context.Visits.Where(v => v.PatientId == responder).OrderBy(v => v.VisitDate).ToListAsync(Ct);
        foreach (var visit in visits.Skip(1))
        {
            visit.BilagGrades = "AAEEEEEAE";
        }

        context.ChangeReason = "Source data verification";
        await context.SaveChangesAsync(Ct);
        var second = await store.RefreshAsync(null, Ct);

        Assert.Equal(1, store.Recomputed);
        Assert.Equal(TrialResponse.None, second.Single(p => p.Data.Patient.Id == responder).Endpoints.Response12m);
        Assert.Equal("none", (await context.PatientEndpoints.SingleAsync(e => e.PatientId == responder, Ct)).Response12m);
    }

    [Fact]
    public async Task Load_DatabaseWithSites_WritesNothing()
    {
        using var database = new TestDatabase(TestDatabases.Sqlite, "demo-twice");
        await using var db = database.Open(AccessScope.System);
        Assert.True(await DemoLoader.LoadAsync(db, 1, Ct));
        var patients = await db.Patients.CountAsync(Ct);

        Assert.False(await DemoLoader.LoadAsync(db, 2, Ct));
        Assert.Equal(patients, await db.Patients.CountAsync(Ct));
    }
}
