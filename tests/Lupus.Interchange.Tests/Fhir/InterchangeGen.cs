using CsCheck;
using Lupus.Domain.Instruments.Sledai;
using Lupus.Interchange.Model;
using Lupus.Persistence.Entities;
using NodaTime;

namespace Lupus.Interchange.Tests.Fhir;

/// <summary>Generated data sets: every field and nullability, rows attached to generated patients.</summary>
internal static class InterchangeGen
{
    private static readonly SourceLocation Nowhere = new("generated", "");
    private static readonly string[] Sites = ["NJ01", "HKU", "SITE-3"];

    public static readonly Gen<LocalDate> Date = Gen.Int[0, 36_000].Select(d => new LocalDate(1930, 1, 1).PlusDays(d));

    /// <summary>Exact decimals with 0-4 decimal places, as clinical values are recorded.</summary>
    public static readonly Gen<decimal> Amount = Gen.Select(Gen.Long[0, 2_000_000_000], Gen.Int[0, 4])
        .Select((units, scale) => new decimal(units) / (decimal)Math.Pow(10, scale));

    public static readonly Gen<decimal?> MaybeAmount = OrNull(Amount);

    public static readonly Gen<string> Text = Gen.String[Gen.Char["abcXYZ019 -/.;éü中"], 1, 24]
        .Select(s => s.Trim() is { Length: > 0 } t ? t : "x");

    private static readonly Gen<PatientIdentityRow?> Identity = Gen.Select(Text, Text, Text, OrNullRef(Text), OrNullRef(Text))
        .Select((given, family, mrn, phone, email) => new PatientIdentityRow(given, family, mrn, phone, email))
        .Select(Gen.Bool, (identity, present) => present ? identity : null);

    private static readonly Gen<PatientRow> Patient = Gen.Select(Gen.Enum<Sex>(), Date, Gen.Int[0, 2].Select(i => new[] { "", "Han Chinese", "Not Hispanic" }[i]),
            Date, Gen.Enum<ClassificationCriteria>(), Gen.Enum<NephritisClass>(), Date, Identity)
        .Select((sex, birth, ethnicity, diagnosis, criteria, nephritis, consent, identity) =>
            new PatientRow(Nowhere, default, sex, birth, ethnicity, diagnosis, criteria, nephritis, consent, identity));

    private static readonly Gen<VisitRow> Visit = Gen.Select(Date, Gen.Bool.Array[SledaiDescriptors.Count], MaybeAmount.Array[15],
            OrNull(Gen.Int[0, 28]), OrNull(Gen.Int[60, 240]).Array[2], OrNull(Gen.Bool).Array[2], Gen.OneOf(Gen.Const(""), Text))
        .Select((date, present, n, joints, bp, flags, treatments) => new VisitRow(Nowhere, default, date,
            SledaiDescriptors.All.Where((_, i) => present[i]).Select(d => d.Key).ToArray(),
            joints, n[0], n[1], n[2], n[3], n[4], n[5], n[6], n[7], n[8], n[9], n[10], n[11], n[12], bp[0], bp[1], n[13], n[14],
            flags[0], flags[1], n[0] is null ? null : n[0] % 4, n[1], treatments));

    private static readonly Gen<LabRow> Lab = Gen.Select(Gen.Enum<Analyte>(), Gen.Int[0, 1], Date, Amount, MaybeAmount, MaybeAmount)
        .Select((analyte, unit, date, value, low, high) => new LabRow(Nowhere, default, analyte, date, value,
            LabCatalog.Units[analyte][unit % LabCatalog.Units[analyte].Length], low, high));

    private static readonly Gen<InfusionRow> Infusion = Gen.Select(Date, Gen.Enum<MscSource>(), Gen.Enum<DonorType>(), Amount, Amount,
            Text, Gen.Int[0, 12], Gen.Select(Amount, a => a % 100m))
        .Select((date, source, donor, dose, total, lot, passage, viability) => new InfusionRow(Nowhere, default, date, source, donor,
            dose, total, lot, passage, viability, InfusionRoute.Intravenous))
        .Select(Gen.Enum<InfusionRoute>(), (row, route) => row with { Route = route });

    private static readonly Gen<AdverseEventRow> AdverseEvent = Gen.Select(Text, Gen.Int[1, 5], Gen.Bool, Gen.Enum<InfusionRelation>(),
            Date, OrNull(Date))
        .Select((term, grade, serious, relation, onset, resolved) =>
            new AdverseEventRow(Nowhere, default, term, grade, serious, relation, onset, resolved));

    private static readonly Gen<ImmunePanelRow> ImmunePanel = Gen.Select(Date, MaybeAmount.Array[11])
        .Select((date, v) => new ImmunePanelRow(Nowhere, default, date, v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8], v[9], v[10]));

    /// <summary>1-3 patients and 0-5 rows of each kind, each row attached to one of them; natural keys are unique.</summary>
    public static readonly Gen<InterchangeDataset> Dataset = Gen.Select(Patient.Array[1, 3], Gen.Int[0, 99].Array[30],
            Visit.Array[0, 5], Lab.Array[0, 5], Infusion.Array[0, 3], AdverseEvent.Array[0, 3], ImmunePanel.Array[0, 3])
        .Select((patients, owners, visits, labs, infusions, events, panels) =>
        {
            var data = new InterchangeDataset();
            data.Patients.AddRange(patients.Select((p, i) => p with { Key = new PatientKey(Sites[i % Sites.Length], $"S-{i:000}") }));
            var next = 0;
            PatientKey Owner() => data.Patients[owners[next++ % owners.Length] % data.Patients.Count].Key;
            data.Visits.AddRange(visits.Select(v => v with { Patient = Owner() }).DistinctBy(v => (v.Patient, v.VisitDate)));
            data.Labs.AddRange(labs.Select(l => l with { Patient = Owner() }).DistinctBy(l => (l.Patient, l.CollectionDate, l.Analyte)));
            data.Infusions.AddRange(infusions.Select(r => r with { Patient = Owner() }).DistinctBy(r => (r.Patient, r.InfusionDate)));
            data.AdverseEvents.AddRange(events.Select(e => e with { Patient = Owner() }).DistinctBy(e => (e.Patient, e.Term, e.OnsetDate)));
            data.ImmunePanels.AddRange(panels.Select(p => p with { Patient = Owner() }).DistinctBy(p => (p.Patient, p.SampleDate)));
            return data;
        });

    private static Gen<T?> OrNull<T>(Gen<T> gen)
        where T : struct => Gen.Bool.SelectMany(present => present ? gen.Select(v => (T?)v) : Gen.Const((T?)null));

    private static Gen<T?> OrNullRef<T>(Gen<T> gen)
        where T : class => Gen.Bool.SelectMany(present => present ? gen.Select(v => (T?)v) : Gen.Const((T?)null));
}
