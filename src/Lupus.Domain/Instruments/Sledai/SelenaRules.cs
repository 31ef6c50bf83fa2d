namespace Lupus.Domain.Instruments.Sledai;

/// <summary>SELENA-SLEDAI descriptor rules (specification 2.1) where they differ from SLEDAI-2K.</summary>
public static class SelenaRules
{
    /// <summary>Resolves a visit under the SELENA-SLEDAI rules.</summary>
    public static SledaiResolution Resolve(SledaiVisitInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var r = new SledaiResolution();
        foreach (var descriptor in SledaiRules.DirectOnly)
        {
            r.SetDirect(input, descriptor);
        }

        r[SledaiDescriptor.VisualDisturbance] = AnyOf(input.DirectValue(SledaiDescriptor.VisualDisturbance), input.ScleritisOrEpiscleritis);
        r[SledaiDescriptor.CranialNerveDisorder] = AnyOf(input.DirectValue(SledaiDescriptor.CranialNerveDisorder), input.LupusVertigo);
        SledaiRules.ResolveArthritis(input, r, minimumJoints: 3);
        SledaiRules.ResolveLaboratory(input, r);
        if (input.FarrBindingPercent is { } farr)
        {
            r.SetDerived(input, SledaiDescriptor.IncreasedDnaBinding, farr > 25m);
        }

        ResolveProteinuria(input, r);
        SledaiRules.ResolveMucocutaneous(input, r, MucocutaneousStatus.Recurrent);
        ResolveSerositisAnyOf(input, r);
        return r;
    }

    /// <summary>Proteinuria above 0.5 g that is new (previous ≤ 0.5) or rose by more than 0.5 g.</summary>
    private static void ResolveProteinuria(SledaiVisitInput input, SledaiResolution r)
    {
        decimal? current = input.ProteinuriaGramsPer24h;
        decimal? previous = input.PreviousProteinuriaGramsPer24h;
        if (current is null && input.UpcrGramsPerGram is { } upcr)
        {
            current = upcr;
            previous = input.PreviousUpcrGramsPerGram;
            r.Note("proteinuria_from_upcr");
        }

        if (current is not { } now)
        {
            r.SetDirect(input, SledaiDescriptor.Proteinuria);
            return;
        }

        if (now <= 0.5m)
        {
            r.SetDerived(input, SledaiDescriptor.Proteinuria, false);
        }
        else if (previous is { } before)
        {
            r.SetDerived(input, SledaiDescriptor.Proteinuria, before <= 0.5m || now - before > 0.5m);
        }
        else if (input.ProteinuriaNewOrIncreased is { } judged)
        {
            r.SetDerived(input, SledaiDescriptor.Proteinuria, judged);
        }
        else
        {
            r[SledaiDescriptor.Proteinuria] = DescriptorState.Missing;
        }
    }

    /// <summary>SELENA serositis: any one of pain, rub, effusion or (new) thickening.</summary>
    private static void ResolveSerositisAnyOf(SledaiVisitInput input, SledaiResolution r)
    {
        bool?[] pleural = [input.PleuriticChestPain, input.PleuralRub, input.PleuralEffusion, input.PleuralThickening];
        if (Array.Exists(pleural, v => v.HasValue))
        {
            r.SetDerived(input, SledaiDescriptor.Pleurisy, Array.Exists(pleural, v => v == true));
        }
        else
        {
            r.SetDirect(input, SledaiDescriptor.Pleurisy);
        }

        bool?[] pericardial = [input.PericardialPain, input.PericardialRub, input.PericardialEffusion, input.PericarditisEcgOrEchoConfirmation];
        if (Array.Exists(pericardial, v => v.HasValue))
        {
            r.SetDerived(input, SledaiDescriptor.Pericarditis, Array.Exists(pericardial, v => v == true));
        }
        else
        {
            r.SetDirect(input, SledaiDescriptor.Pericarditis);
        }
    }

    /// <summary>
    /// Three-valued OR of the descriptor and its SELENA-only extension: present if either is present; absent when
    /// the descriptor itself was assessed absent and the extension is not present (an omitted extension adds
    /// nothing); otherwise missing.
    /// </summary>
    private static DescriptorState AnyOf(bool? descriptor, bool? extension)
    {
        if (descriptor == true || extension == true)
        {
            return DescriptorState.Present;
        }

        return descriptor == false ? DescriptorState.Absent : DescriptorState.Missing;
    }
}
