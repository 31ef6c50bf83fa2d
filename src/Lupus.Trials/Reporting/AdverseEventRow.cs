namespace Lupus.Trials.Reporting;

/// <summary>Adverse events of one CTCAE term and grade: events and patients.</summary>
public sealed record AdverseEventRow(string Term, int Grade, int Events, int Patients);
