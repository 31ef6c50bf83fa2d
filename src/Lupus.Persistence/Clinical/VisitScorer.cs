using Lupus.Domain.Instruments.Bilag;
using Lupus.Domain.Instruments.Core;
using Lupus.Domain.Instruments.Sledai;
using Lupus.Domain.Units;
using Lupus.Persistence.Entities;

namespace Lupus.Persistence.Clinical;

/// <summary>Scores a visit with the clinical library: SLEDAI-2K and the BILAG-2004 renal grade.</summary>
/// <remarks>
/// Descriptors not ticked were judged absent; raw values (joint count, urine cells, proteinuria, complement,
/// anti-dsDNA, counts) take precedence over the ticks as the instrument defines. The previous visit supplies the
/// BILAG "previous" values; nephritis at baseline counts as earlier renal involvement.
/// </remarks>
public static class VisitScorer
{
    public static VisitScore Score(Visit visit, Visit? previous, NephritisClass nephritis)
    {
        ArgumentNullException.ThrowIfNull(visit);
        var sledai = ScoreSledai(visit);
        var renal = Bilag2004Renal.Instance.Evaluate(new BilagRenalInput
        {
            SystolicBpMmHg = visit.SystolicBpMmHg,
            DiastolicBpMmHg = visit.DiastolicBpMmHg,
            PreviousSystolicBpMmHg = previous?.SystolicBpMmHg,
            PreviousDiastolicBpMmHg = previous?.DiastolicBpMmHg,
            UpcrMgPerMmol = UpcrMgPerMmol(visit.UpcrGPerG),
            PreviousUpcrMgPerMmol = UpcrMgPerMmol(previous?.UpcrGPerG),
            ProteinuriaGramsPer24h = visit.ProteinuriaGPer24h,
            PreviousProteinuriaGramsPer24h = previous?.ProteinuriaGPer24h,
            NephroticSyndrome = visit.NephroticSyndrome,
            CreatinineUmolPerL = visit.CreatinineUmolPerL,
            PreviousCreatinineUmolPerL = previous?.CreatinineUmolPerL,
            EgfrMlMin173m2 = visit.EgfrMlMin173m2,
            PreviousEgfrMlMin173m2 = previous?.EgfrMlMin173m2,
            ActiveUrinarySediment = visit.ActiveUrinarySediment,
            PreviousRenalInvolvement = nephritis != NephritisClass.None || previous?.BilagRenalGrade is "A" or "B" or "C",
        });

        var s = sledai as SledaiResult;
        var b = renal as BilagRenalResult;
        return new VisitScore(
            s?.TotalScore,
            s?.ClinicalScore,
            b?.Grade is { } g ? BilagGrades.Letter(g) : null,
            s?.ItemsPresent ?? [],
            b?.CriteriaMet ?? [],
            [.. sledai.Warnings, .. sledai.Notes, .. renal.Notes, .. sledai.Errors.Select(e => e.ToString()), .. renal.Errors.Select(e => e.ToString())]);
    }

    /// <summary>SLEDAI-2K of the visit: ticked descriptors plus those the raw values decide.</summary>
    public static InstrumentResult ScoreSledai(Visit visit)
    {
        ArgumentNullException.ThrowIfNull(visit);
        var present = DescriptorKeys(visit.SledaiDescriptors);
        var direct = SledaiDescriptors.All.Select(d => (bool?)present.Contains(d.Key)).ToArray();
        return Sledai2k.Instance.Evaluate(new SledaiVisitInput
        {
            Direct = direct,
            ArthritisJointCount = visit.ArthritisJointCount,
            MaxTemperatureCelsius = visit.MaxTemperatureC,
            UrineRbcPerHpf = visit.UrineRbcPerHpf,
            UrineWbcPerHpf = visit.UrineWbcPerHpf,
            ProteinuriaGramsPer24h = visit.ProteinuriaGPer24h,
            UpcrGramsPerGram = visit.UpcrGPerG,
            C3 = visit.C3GPerL,
            C3LowerLimit = visit.C3LowerLimitGPerL,
            C4 = visit.C4GPerL,
            C4LowerLimit = visit.C4LowerLimitGPerL,
            AntiDsDnaValue = visit.AntiDsDnaIuPerMl,
            AntiDsDnaUpperLimit = visit.AntiDsDnaUpperLimitIuPerMl,
            Platelets10e9PerL = visit.Platelets10e9PerL,
            Wbc10e9PerL = visit.Wbc10e9PerL,
        });
    }

    /// <summary>Stores the computed scores on the visit (never typed in).</summary>
    public static VisitScore Apply(Visit visit, Visit? previous, NephritisClass nephritis)
    {
        var score = Score(visit, previous, nephritis);
        visit.Sledai2k = score.Sledai2k;
        visit.ClinicalSledai = score.ClinicalSledai;
        visit.BilagRenalGrade = score.BilagRenalGrade;
        return score;
    }

    /// <summary>The descriptor keys of a stored descriptor list, ignoring unknown words.</summary>
    public static HashSet<string> DescriptorKeys(string? descriptors) =>
        (descriptors ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where(k => SledaiDescriptors.TryParse(k, out _))
            .ToHashSet(StringComparer.Ordinal);

    private static decimal? UpcrMgPerMmol(decimal? gramPerGram) =>
        gramPerGram is { } g ? ClinicalUnits.UpcrGramPerGramToMgPerMmol(g) : null;
}
