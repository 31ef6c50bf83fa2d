using Lupus.Domain.Instruments.Bilag;
using Lupus.Domain.Instruments.Core;
using Lupus.Domain.Instruments.Sledai;
using Lupus.Domain.Units;
using Lupus.Persistence.Entities;

namespace Lupus.Persistence.Clinical;

/// <summary>Scores a visit with the clinical library: SLEDAI-2K and the BILAG-2004 grades (renal and, from the recorded items, the other 8 domains).</summary>
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
        var domains = ScoreBilagDomains(visit, previous);
        return new VisitScore(
            s?.TotalScore,
            s?.ClinicalScore,
            b?.Grade is { } g ? BilagGrades.Letter(g) : null,
            s?.ItemsPresent ?? [],
            b?.CriteriaMet ?? [],
            [
                .. sledai.Warnings, .. sledai.Notes, .. renal.Notes, .. domains.SelectMany(d => d.Notes),
                .. sledai.Errors.Select(e => e.ToString()), .. renal.Errors.Select(e => e.ToString()),
                .. domains.SelectMany(d => d.Errors.Select(e => e.ToString())),
            ])
        {
            BilagGrades = visit.BilagItems is null ? null : GradeLetters(domains, b?.Grade),
        };
    }

    /// <summary>
    /// The 8 non-renal BILAG-2004 domains of the visit's recorded items, in domain order (empty when none recorded).
    /// </summary>
    /// <remarks>
    /// "Involved at an earlier assessment" (D versus E) is the recorded answer, else taken from the previous visit's
    /// grade (A-D involved, E not); unknown leaves an inactive domain not assessable.
    /// </remarks>
    public static IReadOnlyList<InstrumentResult> ScoreBilagDomains(Visit visit, Visit? previous)
    {
        ArgumentNullException.ThrowIfNull(visit);
        if (visit.BilagItems is null)
        {
            return [];
        }

        var record = BilagItemRecord.Parse(visit.BilagItems);
        var earlier = previous?.BilagGrades is { Length: 9 } letters ? BilagGrades.Parse(letters) : null;
        return BilagItemRecord.Domains
            .Select(d => Bilag2004Domain.Instance.Evaluate(record.InputFor(d, earlier?[d] is { } grade ? grade != BilagGrade.E : null)))
            .ToArray();
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
        if (visit.BilagItems is not null)
        {
            // Grades come from the items once items are recorded; grades of an earlier source stay until then.
            visit.BilagGrades = score.BilagGrades;
        }

        return score;
    }

    /// <summary>The descriptor keys of a stored descriptor list, ignoring unknown words.</summary>
    public static HashSet<string> DescriptorKeys(string? descriptors) =>
        (descriptors ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where(k => SledaiDescriptors.TryParse(k, out _))
            .ToHashSet(StringComparer.Ordinal);

    // 9 letters in domain order, '-' for a domain not assessable; null when no domain is.
    private static string? GradeLetters(IReadOnlyList<InstrumentResult> domains, BilagGrade? renal)
    {
        var letters = new char[9];
        foreach (var domain in Enum.GetValues<BilagDomain>())
        {
            var grade = domain == BilagDomain.Renal
                ? renal
                : domains.OfType<BilagDomainResult>().FirstOrDefault(r => r.Domain == domain)?.Grade;
            letters[(int)domain] = grade is { } g ? BilagGrades.Letter(g)[0] : '-';
        }

        return Array.TrueForAll(letters, c => c == '-') ? null : new string(letters);
    }

    private static decimal? UpcrMgPerMmol(decimal? gramPerGram) =>
        gramPerGram is { } g ? ClinicalUnits.UpcrGramPerGramToMgPerMmol(g) : null;
}
