namespace Lupus.Domain.Instruments.Sledai;

/// <summary>Descriptor resolution rules shared by the SLEDAI versions (specification 1.2-1.3); all thresholds strict.</summary>
public static class SledaiRules
{
    /// <summary>Resolves a visit under the SLEDAI-2K (2002) descriptor rules.</summary>
    public static SledaiResolution ResolveSledai2k(SledaiVisitInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var r = new SledaiResolution();
        foreach (var descriptor in DirectOnly)
        {
            r.SetDirect(input, descriptor);
        }

        ResolveArthritis(input, r, minimumJoints: 2);
        ResolveLaboratory(input, r);
        ResolveProteinuriaFromAmount(input, r);
        ResolveMucocutaneous(input, r, MucocutaneousStatus.Persistent);
        ResolveSerositisAllOf(input, r);
        return r;
    }

    /// <summary>Descriptors with no raw-value form in any SLEDAI version.</summary>
    internal static readonly SledaiDescriptor[] DirectOnly =
    [
        SledaiDescriptor.Seizure, SledaiDescriptor.Psychosis, SledaiDescriptor.OrganicBrainSyndrome,
        SledaiDescriptor.VisualDisturbance, SledaiDescriptor.CranialNerveDisorder, SledaiDescriptor.LupusHeadache,
        SledaiDescriptor.Cva, SledaiDescriptor.Vasculitis, SledaiDescriptor.Myositis, SledaiDescriptor.UrinaryCasts,
    ];

    /// <summary>Arthritis from the joint count (at least <paramref name="minimumJoints"/>), else the direct flag.</summary>
    internal static void ResolveArthritis(SledaiVisitInput input, SledaiResolution r, int minimumJoints)
    {
        if (input.ArthritisJointCount is { } joints)
        {
            r.SetDerived(input, SledaiDescriptor.Arthritis, joints >= minimumJoints);
        }
        else
        {
            r.SetDirect(input, SledaiDescriptor.Arthritis);
        }
    }

    /// <summary>Fever, haematuria, pyuria, complement, anti-dsDNA and cytopenias from laboratory values.</summary>
    internal static void ResolveLaboratory(SledaiVisitInput input, SledaiResolution r)
    {
        Derive(input, r, SledaiDescriptor.Fever, Above(input.MaxTemperatureCelsius, 38.0m), input.FeverInfectionExplained);
        Derive(input, r, SledaiDescriptor.Hematuria, Above(input.UrineRbcPerHpf, 5m), input.HematuriaOtherCause);
        Derive(input, r, SledaiDescriptor.Pyuria, Above(input.UrineWbcPerHpf, 5m), input.PyuriaInfection);
        Derive(input, r, SledaiDescriptor.Thrombocytopenia, Below(input.Platelets10e9PerL, 100m), input.ThrombocytopeniaDrugCause);
        Derive(input, r, SledaiDescriptor.Leukopenia, Below(input.Wbc10e9PerL, 3.0m), input.LeukopeniaDrugCause);

        if (input.AntiDsDnaValue is { } dsDna && input.AntiDsDnaUpperLimit is { } uln)
        {
            r.SetDerived(input, SledaiDescriptor.IncreasedDnaBinding, dsDna > uln);
        }
        else
        {
            r.SetDirect(input, SledaiDescriptor.IncreasedDnaBinding);
        }

        // A component counts as measured only with its own sample's limit; unmeasured components are ignored.
        var measured = false;
        var low = false;
        Complement(input.C3, input.C3LowerLimit, ref measured, ref low);
        Complement(input.C4, input.C4LowerLimit, ref measured, ref low);
        Complement(input.Ch50, input.Ch50LowerLimit, ref measured, ref low);
        if (measured)
        {
            r.SetDerived(input, SledaiDescriptor.LowComplement, low);
        }
        else
        {
            r.SetDirect(input, SledaiDescriptor.LowComplement);
        }
    }

    /// <summary>SLEDAI-2K proteinuria: &gt; 0.5 g/24 h, with spot UPCR (g/g) as a noted surrogate.</summary>
    internal static void ResolveProteinuriaFromAmount(SledaiVisitInput input, SledaiResolution r)
    {
        if (input.ProteinuriaGramsPer24h is { } grams)
        {
            r.SetDerived(input, SledaiDescriptor.Proteinuria, grams > 0.5m);
        }
        else if (input.UpcrGramsPerGram is { } upcr)
        {
            r.SetDerived(input, SledaiDescriptor.Proteinuria, upcr > 0.5m);
            r.Note("proteinuria_from_upcr");
        }
        else
        {
            r.SetDirect(input, SledaiDescriptor.Proteinuria);
        }
    }

    /// <summary>Rash, alopecia and mucosal ulcers from their status when given; <paramref name="weakestScoring"/> is the least active status that still scores.</summary>
    internal static void ResolveMucocutaneous(SledaiVisitInput input, SledaiResolution r, MucocutaneousStatus weakestScoring)
    {
        Status(input, r, SledaiDescriptor.Rash, input.RashStatus, weakestScoring);
        Status(input, r, SledaiDescriptor.Alopecia, input.AlopeciaStatus, weakestScoring);
        Status(input, r, SledaiDescriptor.MucosalUlcers, input.MucosalUlcersStatus, weakestScoring);
    }

    /// <summary>SLEDAI-2K serositis: pain together with one supporting finding.</summary>
    internal static void ResolveSerositisAllOf(SledaiVisitInput input, SledaiResolution r)
    {
        bool?[] pleural = [input.PleuriticChestPain, input.PleuralRub, input.PleuralEffusion, input.PleuralThickening];
        if (Array.Exists(pleural, v => v.HasValue))
        {
            var f = Array.ConvertAll(pleural, v => v ?? false);
            r.SetDerived(input, SledaiDescriptor.Pleurisy, f[0] && (f[1] || f[2] || f[3]));
        }
        else
        {
            r.SetDirect(input, SledaiDescriptor.Pleurisy);
        }

        bool?[] pericardial = [input.PericardialPain, input.PericardialRub, input.PericardialEffusion, input.PericarditisEcgOrEchoConfirmation];
        if (Array.Exists(pericardial, v => v.HasValue))
        {
            var f = Array.ConvertAll(pericardial, v => v ?? false);
            r.SetDerived(input, SledaiDescriptor.Pericarditis, f[0] && (f[1] || f[2] || f[3]));
        }
        else
        {
            r.SetDirect(input, SledaiDescriptor.Pericarditis);
        }
    }

    /// <summary>Strictly above the limit; null when not measured (C#'s lifted comparison would say false).</summary>
    private static bool? Above(decimal? value, decimal limit) => value is { } v ? v > limit : null;

    /// <summary>Strictly below the limit; null when not measured.</summary>
    private static bool? Below(decimal? value, decimal limit) => value is { } v ? v < limit : null;

    /// <summary>
    /// Uses a threshold comparison (null when the value was not measured); an exclusion flag only turns a
    /// derived presence off.
    /// </summary>
    private static void Derive(SledaiVisitInput input, SledaiResolution r, SledaiDescriptor descriptor, bool? beyondThreshold, bool excluded)
    {
        if (beyondThreshold is { } beyond)
        {
            r.SetDerived(input, descriptor, beyond && !excluded);
        }
        else
        {
            r.SetDirect(input, descriptor);
        }
    }

    private static void Complement(decimal? value, decimal? lowerLimit, ref bool measured, ref bool low)
    {
        if (value is { } v && lowerLimit is { } lln)
        {
            measured = true;
            low |= v < lln;
        }
    }

    private static void Status(SledaiVisitInput input, SledaiResolution r, SledaiDescriptor descriptor, MucocutaneousStatus? status, MucocutaneousStatus weakestScoring)
    {
        if (status is { } s)
        {
            // Statuses are ordered Absent < New < Recurrent < Persistent; SELENA scores New and Recurrent only.
            var scores = s != MucocutaneousStatus.Absent && s <= weakestScoring;
            r.SetDerived(input, descriptor, scores);
        }
        else
        {
            r.SetDirect(input, descriptor);
        }
    }
}
