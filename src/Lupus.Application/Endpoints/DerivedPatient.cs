using Lupus.Trials.Endpoints;

namespace Lupus.Application.Endpoints;

/// <summary>A patient's records with the endpoints derived from them.</summary>
public sealed record DerivedPatient(PatientData Data, PatientCourse Course, PatientEndpoints Endpoints);
