namespace Lupus.Interchange.Fhir;

/// <summary>Code systems, identifier systems and extension URLs of the FHIR mapping (docs/fhir.md).</summary>
internal static class FhirSystems
{
    public const string Base = "https://lupustrials.org/fhir";

    public const string StudyId = Base + "/sid/study-id";
    public const string SiteCode = Base + "/sid/site-code";
    public const string HospitalNumber = Base + "/sid/hospital-number";

    public const string VisitItemCodes = Base + "/CodeSystem/visit-item";
    public const string SledaiCodes = Base + "/CodeSystem/sledai-2k";
    public const string ObservationCategory = Base + "/CodeSystem/observation-category";
    public const string ImmunePanelCodes = Base + "/CodeSystem/immune-panel";
    public const string ProcedureCodes = Base + "/CodeSystem/procedure";

    public const string VisitItemCategory = "visit-item";
    public const string ImmunePanelCode = "immune-panel";
    public const string MscInfusionCode = "msc-infusion";

    public const string Loinc = "http://loinc.org";
    public const string Ucum = "http://unitsofmeasure.org";
    public const string IdentifierType = "http://terminology.hl7.org/CodeSystem/v2-0203";
    public const string ObservationCategoryHl7 = "http://terminology.hl7.org/CodeSystem/observation-category";
    public const string ActCode = "http://terminology.hl7.org/CodeSystem/v3-ActCode";
    public const string DataAbsentReason = "http://terminology.hl7.org/CodeSystem/data-absent-reason";
    public const string Seriousness = "http://terminology.hl7.org/CodeSystem/adverse-event-seriousness";
    public const string Severity = "http://terminology.hl7.org/CodeSystem/adverse-event-severity";
    public const string Outcome = "http://terminology.hl7.org/CodeSystem/adverse-event-outcome";

    public const string UsCoreEthnicity = "http://hl7.org/fhir/us/core/StructureDefinition/us-core-ethnicity";

    public static class Extensions
    {
        private const string Prefix = Base + "/StructureDefinition/";

        public const string DiagnosisDate = Prefix + "diagnosis-date";
        public const string ClassificationCriteria = Prefix + "classification-criteria";
        public const string NephritisClass = Prefix + "nephritis-class";
        public const string ConsentDate = Prefix + "consent-date";
        public const string MscSource = Prefix + "msc-source";
        public const string DonorType = Prefix + "msc-donor-type";
        public const string DosePerKg = Prefix + "msc-dose-per-kg";
        public const string TotalCells = Prefix + "msc-total-cells";
        public const string Lot = Prefix + "msc-lot";
        public const string Passage = Prefix + "msc-passage";
        public const string Viability = Prefix + "msc-viability";
        public const string Route = Prefix + "msc-route";
        public const string CtcaeGrade = Prefix + "ctcae-grade";
        public const string RelationToInfusion = Prefix + "relation-to-infusion";
        public const string ResolutionDate = Prefix + "resolution-date";
    }
}
