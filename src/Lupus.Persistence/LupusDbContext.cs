using Lupus.Persistence.Access;
using Lupus.Persistence.Auditing;
using Lupus.Persistence.Conversion;
using Lupus.Persistence.Configurations;
using Lupus.Persistence.Entities;
using Lupus.Persistence.Search;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Lupus.Persistence;

/// <summary>
/// The registry database: accounts (ASP.NET Core Identity), sites and clinical data. Bound to one
/// <see cref="AccessScope"/>: queries see only the scope's sites, and saves are checked and audited.
/// </summary>
public sealed class LupusDbContext : IdentityDbContext<LupusUser>
{
    private readonly IAccessScopeSource _scope;
    private readonly IClock _clock;

    /// <summary>A context bound to a fixed scope (start-up work, tests).</summary>
    public LupusDbContext(DbContextOptions<LupusDbContext> options, AccessScope scope, IClock clock)
        : this(options, new FixedAccessScope(scope), clock)
    {
    }

    /// <summary>A context whose scope is read from <paramref name="scope"/> whenever a query or save runs.</summary>
    public LupusDbContext(DbContextOptions<LupusDbContext> options, IAccessScopeSource scope, IClock clock)
        : base(options)
    {
        ArgumentNullException.ThrowIfNull(scope);
        _scope = scope;
        _clock = clock;
    }

    public AccessScope Scope => _scope.Current;

    /// <summary>Reason for change recorded with the next save; required when it updates or deletes clinical data.</summary>
    public string? ChangeReason { get; set; }

    public DbSet<Site> Sites => Set<Site>();

    public DbSet<UserSite> UserSites => Set<UserSite>();

    public DbSet<Patient> Patients => Set<Patient>();

    public DbSet<PatientIdentity> PatientIdentities => Set<PatientIdentity>();

    public DbSet<Visit> Visits => Set<Visit>();

    public DbSet<LabResult> LabResults => Set<LabResult>();

    public DbSet<MscInfusion> MscInfusions => Set<MscInfusion>();

    public DbSet<AdverseEvent> AdverseEvents => Set<AdverseEvent>();

    public DbSet<ImmunePanel> ImmunePanels => Set<ImmunePanel>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<PatientEndpoint> PatientEndpoints => Set<PatientEndpoint>();
    public DbSet<DeidentificationKey> DeidentificationKeys => Set<DeidentificationKey>();

    public DbSet<PatientDateShift> PatientDateShifts => Set<PatientDateShift>();

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        new AuditTrail(this, Scope, _clock).PrepareSave(ChangeReason);
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        new AuditTrail(this, Scope, _clock).PrepareSave(ChangeReason);
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    // Evaluated by EF Core as parameters each time a filtered query runs.
    private bool AllSites => Scope.AllSites;

    private Guid[] SiteIds => [.. Scope.SiteIds];

    private bool DeIdentified => Scope.DeIdentified;

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        configurationBuilder.Properties<LocalDate>().HaveConversion<LocalDateConverter>();
        configurationBuilder.Properties<Instant>().HaveConversion<InstantConverter>();
        configurationBuilder.Properties<UserRole>().HaveConversion<string>().HaveMaxLength(20);
        configurationBuilder.Properties<Sex>().HaveConversion<string>().HaveMaxLength(20);
        configurationBuilder.Properties<ClassificationCriteria>().HaveConversion<string>().HaveMaxLength(20);
        configurationBuilder.Properties<NephritisClass>().HaveConversion<string>().HaveMaxLength(20);
        configurationBuilder.Properties<Analyte>().HaveConversion<string>().HaveMaxLength(30);
        configurationBuilder.Properties<MscSource>().HaveConversion<string>().HaveMaxLength(20);
        configurationBuilder.Properties<DonorType>().HaveConversion<string>().HaveMaxLength(20);
        configurationBuilder.Properties<InfusionRoute>().HaveConversion<string>().HaveMaxLength(20);
        configurationBuilder.Properties<InfusionRelation>().HaveConversion<string>().HaveMaxLength(20);
        configurationBuilder.Properties<AuditAction>().HaveConversion<string>().HaveMaxLength(10);
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(LupusDbContext).Assembly);
        if (Database.IsNpgsql())
        {
            SearchKeyColumns.UseByteOrder(builder);
            AuditEntryConfiguration.CompressValuesWithLz4(builder);
        }

        // Site isolation: a record outside the scope's sites does not exist for this context.
        builder.Entity<Site>().HasQueryFilter(s => AllSites || SiteIds.Contains(s.Id));
        builder.Entity<UserSite>().HasQueryFilter(s => AllSites || SiteIds.Contains(s.SiteId));
        builder.Entity<Patient>().HasQueryFilter(p => AllSites || SiteIds.Contains(p.SiteId));
        builder.Entity<PatientIdentity>().HasQueryFilter(i => !DeIdentified && (AllSites || SiteIds.Contains(i.Patient!.SiteId)));
        builder.Entity<Visit>().HasQueryFilter(r => AllSites || SiteIds.Contains(r.Patient!.SiteId));
        builder.Entity<LabResult>().HasQueryFilter(r => AllSites || SiteIds.Contains(r.Patient!.SiteId));
        builder.Entity<MscInfusion>().HasQueryFilter(r => AllSites || SiteIds.Contains(r.Patient!.SiteId));
        builder.Entity<AdverseEvent>().HasQueryFilter(r => AllSites || SiteIds.Contains(r.Patient!.SiteId));
        builder.Entity<ImmunePanel>().HasQueryFilter(r => AllSites || SiteIds.Contains(r.Patient!.SiteId));
        builder.Entity<PatientEndpoint>().HasQueryFilter(r => AllSites || SiteIds.Contains(r.Patient!.SiteId));
        builder.Entity<AuditEntry>().HasQueryFilter(a => AllSites || SiteIds.Contains(a.SiteId));
    }
}
