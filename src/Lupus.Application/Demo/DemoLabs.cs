using Lupus.Persistence.Entities;

namespace Lupus.Application.Demo;

/// <summary>The laboratory results of a synthetic visit: the visit's own values plus BUN, albumin and blood counts.</summary>
internal sealed class DemoLabs(Random random, List<object> records)
{
    public void Add(Visit visit, double proteinuria, double renal)
    {
        Lab(visit, Analyte.C3, visit.C3GPerL, "g/L", 0.9m, 1.8m);
        Lab(visit, Analyte.C4, visit.C4GPerL, "g/L", 0.1m, 0.4m);
        Lab(visit, Analyte.AntiDsDna, visit.AntiDsDnaIuPerMl, "IU/mL", null, 100m);
        Lab(visit, Analyte.Proteinuria24h, visit.ProteinuriaGPer24h, "g/24h", null, 0.15m);
        Lab(visit, Analyte.Creatinine, visit.CreatinineUmolPerL, "umol/L", 45m, 90m);
        Lab(visit, Analyte.Egfr, visit.EgfrMlMin173m2, "mL/min/1.73m2", 90m, null);
        Lab(visit, Analyte.Bun, DemoRandom.Round(Math.Max(1.5, 4.2 + (6 * renal) + random.Normal(0, 0.8)), 1), "mmol/L", 2.5m, 7.1m);
        Lab(visit, Analyte.Albumin, DemoRandom.Round(Math.Clamp(43 - (4.2 * proteinuria) + random.Normal(0, 2), 15, 50), 0), "g/L", 35m, 50m);
        Lab(visit, Analyte.Haemoglobin, DemoRandom.Round(Math.Clamp(12.8 - (2.2 * renal) + random.Normal(0, 0.7), 6, 16), 1), "g/dL", 12m, 16m);
        Lab(visit, Analyte.Platelets, visit.Platelets10e9PerL, "10*9/L", 150m, 400m);
        Lab(visit, Analyte.Wbc, visit.Wbc10e9PerL, "10*9/L", 4m, 11m);
    }

    private void Lab(Visit visit, Analyte analyte, decimal? value, string unit, decimal? low, decimal? high)
    {
        if (value is { } v)
        {
            records.Add(new LabResult
            {
                PatientId = visit.PatientId, Analyte = analyte, Value = v, Unit = unit, LowerLimit = low, UpperLimit = high,
                CollectionDate = visit.VisitDate,
            });
        }
    }
}
