namespace Lupus.Domain.Instruments.Classification;

/// <summary>A patient's cumulative 2019 EULAR/ACR record: the entry criterion and the additive criteria ever met.</summary>
/// <param name="EntryCriterionMet">ANA at least 1:80 on HEp-2 cells (or equivalent) at least once.</param>
/// <param name="Met">Additive criteria documented as met (attributed to SLE by the assessor).</param>
public sealed record EularAcrInput(bool EntryCriterionMet, IReadOnlySet<EularAcrCriterion> Met);
