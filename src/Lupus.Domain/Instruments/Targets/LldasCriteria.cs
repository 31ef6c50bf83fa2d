namespace Lupus.Domain.Instruments.Targets;

/// <summary>The five LLDAS criteria; each null when its inputs are incomplete and the known ones do not decide it.</summary>
/// <param name="Activity">SLEDAI-2K at most 4 with no major-organ descriptor, no haemolytic anaemia, no gastrointestinal activity.</param>
/// <param name="NoNewActivity">No new lupus activity since the previous assessment.</param>
/// <param name="Pga">PGA at most 1.</param>
/// <param name="Glucocorticoid">Prednisone or equivalent at most 7.5 mg/day.</param>
/// <param name="MaintenanceTherapy">Standard, tolerated maintenance therapy and no investigational drug.</param>
public sealed record LldasCriteria(bool? Activity, bool? NoNewActivity, bool? Pga, bool? Glucocorticoid, bool? MaintenanceTherapy);
