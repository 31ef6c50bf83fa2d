namespace Lupus.Domain.Instruments.Targets;

/// <summary>The five LLDAS criteria as a value (see <see cref="LldasCriteria"/>), so the typed entry point allocates nothing.</summary>
internal readonly record struct LldasCriteriaValues(bool? Activity, bool? NoNewActivity, bool? Pga, bool? Glucocorticoid, bool? MaintenanceTherapy);
