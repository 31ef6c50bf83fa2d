using Lupus.Persistence.Access;
using Lupus.Persistence.Auditing;
using Lupus.Persistence.Conversion;
using Lupus.Persistence.Entities;
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
    // Copied into fields so the global query filters pick them up as parameters per context instance.
    private readonly bool _allSites;
    private readonly Guid[] _siteIds;
    private readonly bool _deIdentified;
    private readonly AccessScope _scope;
    private readonly IClock _clock;

    public LupusDbContext(DbContextOptions<LupusDbContext> options, AccessScope scope, IClock clock)
        : base(options)
    {
        ArgumentNullException.ThrowIfNull(scope);
        _scope = scope;
        _clock = clock;
        _allSites = scope.AllSites;
        _siteIds = [.. scope.SiteIds];
        _deIdentified = scope.DeIdentified;
    }

    public AccessScope Scope => _scope;

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

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        new AuditTrail(this, _scope, _clock).PrepareSave(ChangeReason);
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        new AuditTrail(this, _scope, _clock).PrepareSave(ChangeReason);
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

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

        // Site isolation: a record outside the scope's sites does not exist for this context.
        builder.Entity<Site>().HasQueryFilter(s => _allSites || _siteIds.Contains(s.Id));
        builder.Entity<Patient>().HasQueryFilter(p => _allSites || _siteIds.Contains(p.SiteId));
        builder.Entity<PatientIdentity>().HasQueryFilter(i => !_deIdentified && (_allSites || _siteIds.Contains(i.Patient!.SiteId)));
        builder.Entity<Visit>().HasQueryFilter(r => _allSites || _siteIds.Contains(r.Patient!.SiteId));
        builder.Entity<LabResult>().HasQueryFilter(r => _allSites || _siteIds.Contains(r.Patient!.SiteId));
        builder.Entity<MscInfusion>().HasQueryFilter(r => _allSites || _siteIds.Contains(r.Patient!.SiteId));
        builder.Entity<AdverseEvent>().HasQueryFilter(r => _allSites || _siteIds.Contains(r.Patient!.SiteId));
        builder.Entity<ImmunePanel>().HasQueryFilter(r => _allSites || _siteIds.Contains(r.Patient!.SiteId));
        builder.Entity<AuditEntry>().HasQueryFilter(a => _allSites || _siteIds.Contains(a.SiteId));
    }
}
