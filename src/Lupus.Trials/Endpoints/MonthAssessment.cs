using Lupus.Domain.Instruments.Renal;

namespace Lupus.Trials.Endpoints;

/// <summary>Endpoints at one scheduled month, from the visit nearest its target day within the window.</summary>
/// <remarks>Null means not assessable at that month (no visit in the window, or a needed value missing).</remarks>
public sealed record MonthAssessment(
    int Month,
    int? Day,
    MscCategory Msc,
    RenalResponseCategory? Renal,
    bool? Sri4,
    bool? Lldas,
    bool? Doris);
