using Lupus.Domain.Instruments.Core;

namespace Lupus.Domain.Instruments.Bilag;

/// <summary>The <c>bilag2004_renal</c> schema (specification 3.5); ranges reject only physically impossible values.</summary>
internal sealed class BilagRenalFields
{
    public BilagRenalFields()
    {
        var b = new SchemaBuilder();
        Systolic = b.Number("systolic_bp", 0m, 400m);
        PrevSystolic = b.Number("prev_systolic_bp", 0m, 400m);
        Diastolic = b.Number("diastolic_bp", 0m, 300m);
        PrevDiastolic = b.Number("prev_diastolic_bp", 0m, 300m);
        AcceleratedHypertension = b.Bool("accelerated_hypertension");

        // The dipstick is an ordinal: read any integer so that a grade outside 0-3 is a clinical (Invalid) error.
        Dipstick = b.WholeNumber("urine_dipstick_protein", int.MinValue, int.MaxValue);
        PrevDipstick = b.WholeNumber("prev_urine_dipstick_protein", int.MinValue, int.MaxValue);
        Uacr = b.Number("uacr_mg_per_mmol", 0m, 100_000m);
        PrevUacr = b.Number("prev_uacr_mg_per_mmol", 0m, 100_000m);
        Upcr = b.Number("upcr_mg_per_mmol", 0m, 100_000m);
        PrevUpcr = b.Number("prev_upcr_mg_per_mmol", 0m, 100_000m);
        Protein24h = b.Number("proteinuria_g_per_24h", 0m, 100m);
        PrevProtein24h = b.Number("prev_proteinuria_g_per_24h", 0m, 100m);
        Nephrotic = b.Bool("nephrotic_syndrome");
        Creatinine = b.Number("creatinine_umol_per_l", 0m, 100_000m);
        PrevCreatinine = b.Number("prev_creatinine_umol_per_l", 0m, 100_000m);
        Egfr = b.Number("egfr_ml_min_173m2", 0m, 1_000m);
        PrevEgfr = b.Number("prev_egfr_ml_min_173m2", 0m, 1_000m);
        Sediment = b.Bool("active_urinary_sediment");
        Histology = b.Bool("active_nephritis_histology_within_3_months");
        PreviousInvolvement = b.Bool("previous_renal_involvement");
        Schema = b.Build();
    }

    public InputSchema Schema { get; }

    public NumberField Systolic { get; }

    public NumberField PrevSystolic { get; }

    public NumberField Diastolic { get; }

    public NumberField PrevDiastolic { get; }

    public BoolField AcceleratedHypertension { get; }

    public IntegerField Dipstick { get; }

    public IntegerField PrevDipstick { get; }

    public NumberField Uacr { get; }

    public NumberField PrevUacr { get; }

    public NumberField Upcr { get; }

    public NumberField PrevUpcr { get; }

    public NumberField Protein24h { get; }

    public NumberField PrevProtein24h { get; }

    public BoolField Nephrotic { get; }

    public NumberField Creatinine { get; }

    public NumberField PrevCreatinine { get; }

    public NumberField Egfr { get; }

    public NumberField PrevEgfr { get; }

    public BoolField Sediment { get; }

    public BoolField Histology { get; }

    public BoolField PreviousInvolvement { get; }

    public BilagRenalInput Bind(InputRecord r) => new()
    {
        SystolicBpMmHg = r.Get(Systolic),
        PreviousSystolicBpMmHg = r.Get(PrevSystolic),
        DiastolicBpMmHg = r.Get(Diastolic),
        PreviousDiastolicBpMmHg = r.Get(PrevDiastolic),
        AcceleratedHypertension = r.Get(AcceleratedHypertension),
        UrineDipstickProtein = r.Get(Dipstick),
        PreviousUrineDipstickProtein = r.Get(PrevDipstick),
        UacrMgPerMmol = r.Get(Uacr),
        PreviousUacrMgPerMmol = r.Get(PrevUacr),
        UpcrMgPerMmol = r.Get(Upcr),
        PreviousUpcrMgPerMmol = r.Get(PrevUpcr),
        ProteinuriaGramsPer24h = r.Get(Protein24h),
        PreviousProteinuriaGramsPer24h = r.Get(PrevProtein24h),
        NephroticSyndrome = r.Get(Nephrotic),
        CreatinineUmolPerL = r.Get(Creatinine),
        PreviousCreatinineUmolPerL = r.Get(PrevCreatinine),
        EgfrMlMin173m2 = r.Get(Egfr),
        PreviousEgfrMlMin173m2 = r.Get(PrevEgfr),
        ActiveUrinarySediment = r.Get(Sediment),
        ActiveNephritisHistologyWithin3Months = r.Get(Histology),
        PreviousRenalInvolvement = r.Get(PreviousInvolvement),
    };
}
