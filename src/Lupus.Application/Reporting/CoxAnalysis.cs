using Lupus.Application.Endpoints;
using Lupus.Statistics.Survival;
using Lupus.Trials.Reporting;
using NodaTime;

namespace Lupus.Application.Reporting;

/// <summary>Cox model of death on age, baseline SLEDAI-2K and baseline proteinuria (complete cases).</summary>
internal static class CoxAnalysis
{
    public static CoxSummary? Fit(IReadOnlyList<DerivedPatient> patients, double[] months, bool[] died)
    {
        var rows = new List<(double Time, bool Died, double Age, double Sledai, double Proteinuria)>();
        for (var i = 0; i < patients.Count; i++)
        {
            var p = patients[i];
            var sledai = MonthValues.Of(p.Data, Measure.Clinical[0]);
            var proteinuria = MonthValues.Of(p.Data, Measure.Clinical[4]);
            if (p.Data.Origin is { } origin && sledai.TryGetValue(0, out var s) && proteinuria.TryGetValue(0, out var q))
            {
                rows.Add((months[i], died[i], Period.Between(p.Data.Patient.BirthDate, origin, PeriodUnits.Years).Years, s, q));
            }
        }

        if (!rows.Any(r => r.Died))
        {
            return null;
        }

        try
        {
            var fit = CoxRegression.Fit(
                [.. rows.Select(r => r.Time)],
                [.. rows.Select(r => r.Died)],
                [
                    new Covariate("age (years)", rows.Select(r => r.Age).ToArray()),
                    new Covariate("baseline SLEDAI-2K", rows.Select(r => r.Sledai).ToArray()),
                    new Covariate("baseline proteinuria (g/24h)", rows.Select(r => r.Proteinuria).ToArray()),
                ]);
            return new CoxSummary(fit.N, fit.Events, [.. fit.Coefficients.Select(c => new CoxTerm(c.Name, c.HazardRatio, c.HazardRatioLower, c.HazardRatioUpper, c.PValue))]);
        }
        catch (SurvivalFitException)
        {
            // Few events can make the model singular; the report then says the model could not be fitted.
            return null;
        }
    }
}
