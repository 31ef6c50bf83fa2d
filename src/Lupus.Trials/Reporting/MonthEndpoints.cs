namespace Lupus.Trials.Reporting;

/// <summary>Endpoint counts among patients assessable at one scheduled month.</summary>
public sealed record MonthEndpoints(int Month, int Assessed, int Mcr, int Pcr, int Relapse, int RenalAssessed, int RenalComplete, int RenalPartial, int Sri4Assessed, int Sri4, int LldasAssessed, int Lldas, int DorisAssessed, int Doris);
