using Lupus.Domain.Instruments.Core;

namespace Lupus.Domain.Instruments.Sledai;

/// <summary>The input fields shared by SLEDAI-2K and SELENA-SLEDAI (specification 1.2), declared on a builder.</summary>
/// <remarks>Physical ranges are generous: they reject impossible values, not unusual ones.</remarks>
public sealed class SledaiFields
{
    private static readonly string[] StatusCodes = ["absent", "new", "recurrent", "persistent"];

    public SledaiFields(SchemaBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        WindowDays = builder.WholeNumber("window_days", 1, 366);
        MissingPolicy = builder.Code("missing_policy", "strict", "missing_as_absent");
        Direct = SledaiDescriptors.All.Select(d => builder.Bool(d.Key)).ToArray();
        ArthritisJointCount = builder.WholeNumber("arthritis_joint_count", 0, 100);
        MaxTemperatureC = builder.Number("max_temperature_c", 25m, 45m);
        FeverInfectionExplained = builder.Bool("fever_infection_explained");
        UrineRbcPerHpf = builder.Number("urine_rbc_per_hpf", 0m, 100_000m);
        HematuriaOtherCause = builder.Bool("hematuria_other_cause");
        UrineWbcPerHpf = builder.Number("urine_wbc_per_hpf", 0m, 100_000m);
        PyuriaInfection = builder.Bool("pyuria_infection");
        ProteinuriaGPer24h = builder.Number("proteinuria_g_per_24h", 0m, 100m);
        UpcrGPerG = builder.Number("upcr_g_per_g", 0m, 100m);
        C3 = builder.Number("c3", 0m, 100_000m);
        C3Lln = builder.Number("c3_lln", 0m, 100_000m);
        C4 = builder.Number("c4", 0m, 100_000m);
        C4Lln = builder.Number("c4_lln", 0m, 100_000m);
        Ch50 = builder.Number("ch50", 0m, 100_000m);
        Ch50Lln = builder.Number("ch50_lln", 0m, 100_000m);
        AntiDsDnaValue = builder.Number("anti_dsdna_value", 0m, 1_000_000m);
        AntiDsDnaUln = builder.Number("anti_dsdna_uln", 0m, 1_000_000m);
        Platelets = builder.Number("platelets_10e9_per_l", 0m, 5_000m);
        ThrombocytopeniaDrugCause = builder.Bool("thrombocytopenia_drug_cause");
        Wbc = builder.Number("wbc_10e9_per_l", 0m, 1_000m);
        LeukopeniaDrugCause = builder.Bool("leukopenia_drug_cause");
        RashStatus = builder.Code("rash_status", StatusCodes);
        AlopeciaStatus = builder.Code("alopecia_status", StatusCodes);
        MucosalUlcersStatus = builder.Code("mucosal_ulcers_status", StatusCodes);
        PleuriticChestPain = builder.Bool("pleuritic_chest_pain");
        PleuralRub = builder.Bool("pleural_rub");
        PleuralEffusion = builder.Bool("pleural_effusion");
        PleuralThickening = builder.Bool("pleural_thickening");
        PericardialPain = builder.Bool("pericardial_pain");
        PericardialRub = builder.Bool("pericardial_rub");
        PericardialEffusion = builder.Bool("pericardial_effusion");
        PericarditisConfirmation = builder.Bool("pericarditis_ecg_or_echo_confirmation");
        ScleritisOrEpiscleritis = builder.Bool("scleritis_or_episcleritis");
        LupusVertigo = builder.Bool("lupus_vertigo");
        PrevProteinuriaGPer24h = builder.Number("prev_proteinuria_g_per_24h", 0m, 100m);
        PrevUpcrGPerG = builder.Number("prev_upcr_g_per_g", 0m, 100m);
        ProteinuriaNewOrIncreased = builder.Bool("proteinuria_new_or_increased");
        FarrBindingPercent = builder.Number("farr_binding_percent", 0m, 100m);
    }

    public IntegerField WindowDays { get; }

    public CodeField MissingPolicy { get; }

    /// <summary>Direct descriptor booleans, indexed by <see cref="SledaiDescriptor"/>.</summary>
    public IReadOnlyList<BoolField> Direct { get; }

    public IntegerField ArthritisJointCount { get; }

    public NumberField MaxTemperatureC { get; }

    public BoolField FeverInfectionExplained { get; }

    public NumberField UrineRbcPerHpf { get; }

    public BoolField HematuriaOtherCause { get; }

    public NumberField UrineWbcPerHpf { get; }

    public BoolField PyuriaInfection { get; }

    public NumberField ProteinuriaGPer24h { get; }

    public NumberField UpcrGPerG { get; }

    public NumberField C3 { get; }

    public NumberField C3Lln { get; }

    public NumberField C4 { get; }

    public NumberField C4Lln { get; }

    public NumberField Ch50 { get; }

    public NumberField Ch50Lln { get; }

    public NumberField AntiDsDnaValue { get; }

    public NumberField AntiDsDnaUln { get; }

    public NumberField Platelets { get; }

    public BoolField ThrombocytopeniaDrugCause { get; }

    public NumberField Wbc { get; }

    public BoolField LeukopeniaDrugCause { get; }

    public CodeField RashStatus { get; }

    public CodeField AlopeciaStatus { get; }

    public CodeField MucosalUlcersStatus { get; }

    public BoolField PleuriticChestPain { get; }

    public BoolField PleuralRub { get; }

    public BoolField PleuralEffusion { get; }

    public BoolField PleuralThickening { get; }

    public BoolField PericardialPain { get; }

    public BoolField PericardialRub { get; }

    public BoolField PericardialEffusion { get; }

    public BoolField PericarditisConfirmation { get; }

    /// <summary>SELENA-SLEDAI only (2.1); accepted and ignored by SLEDAI-2K so one visit record serves both.</summary>
    public BoolField ScleritisOrEpiscleritis { get; }

    public BoolField LupusVertigo { get; }

    public NumberField PrevProteinuriaGPer24h { get; }

    public NumberField PrevUpcrGPerG { get; }

    public BoolField ProteinuriaNewOrIncreased { get; }

    public NumberField FarrBindingPercent { get; }

    /// <summary>Reads the shared fields of a record into a typed visit input.</summary>
    public SledaiVisitInput Bind(InputRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var direct = new bool?[SledaiDescriptors.Count];
        for (var i = 0; i < direct.Length; i++)
        {
            direct[i] = record.Get(Direct[i]);
        }

        return new SledaiVisitInput
        {
            WindowDays = record.Get(WindowDays) ?? 10,
            MissingPolicy = record.Get(MissingPolicy) == "missing_as_absent" ? Sledai.MissingPolicy.MissingAsAbsent : Sledai.MissingPolicy.Strict,
            Direct = direct,
            ArthritisJointCount = record.Get(ArthritisJointCount),
            MaxTemperatureCelsius = record.Get(MaxTemperatureC),
            FeverInfectionExplained = record.Get(FeverInfectionExplained) ?? false,
            UrineRbcPerHpf = record.Get(UrineRbcPerHpf),
            HematuriaOtherCause = record.Get(HematuriaOtherCause) ?? false,
            UrineWbcPerHpf = record.Get(UrineWbcPerHpf),
            PyuriaInfection = record.Get(PyuriaInfection) ?? false,
            ProteinuriaGramsPer24h = record.Get(ProteinuriaGPer24h),
            UpcrGramsPerGram = record.Get(UpcrGPerG),
            C3 = record.Get(C3),
            C3LowerLimit = record.Get(C3Lln),
            C4 = record.Get(C4),
            C4LowerLimit = record.Get(C4Lln),
            Ch50 = record.Get(Ch50),
            Ch50LowerLimit = record.Get(Ch50Lln),
            AntiDsDnaValue = record.Get(AntiDsDnaValue),
            AntiDsDnaUpperLimit = record.Get(AntiDsDnaUln),
            Platelets10e9PerL = record.Get(Platelets),
            ThrombocytopeniaDrugCause = record.Get(ThrombocytopeniaDrugCause) ?? false,
            Wbc10e9PerL = record.Get(Wbc),
            LeukopeniaDrugCause = record.Get(LeukopeniaDrugCause) ?? false,
            RashStatus = ParseStatus(record.Get(RashStatus)),
            AlopeciaStatus = ParseStatus(record.Get(AlopeciaStatus)),
            MucosalUlcersStatus = ParseStatus(record.Get(MucosalUlcersStatus)),
            PleuriticChestPain = record.Get(PleuriticChestPain),
            PleuralRub = record.Get(PleuralRub),
            PleuralEffusion = record.Get(PleuralEffusion),
            PleuralThickening = record.Get(PleuralThickening),
            PericardialPain = record.Get(PericardialPain),
            PericardialRub = record.Get(PericardialRub),
            PericardialEffusion = record.Get(PericardialEffusion),
            PericarditisEcgOrEchoConfirmation = record.Get(PericarditisConfirmation),
            ScleritisOrEpiscleritis = record.Get(ScleritisOrEpiscleritis),
            LupusVertigo = record.Get(LupusVertigo),
            PreviousProteinuriaGramsPer24h = record.Get(PrevProteinuriaGPer24h),
            PreviousUpcrGramsPerGram = record.Get(PrevUpcrGPerG),
            ProteinuriaNewOrIncreased = record.Get(ProteinuriaNewOrIncreased),
            FarrBindingPercent = record.Get(FarrBindingPercent),
        };
    }

    private static MucocutaneousStatus? ParseStatus(string? code) => code switch
    {
        null => null,
        "absent" => MucocutaneousStatus.Absent,
        "new" => MucocutaneousStatus.New,
        "recurrent" => MucocutaneousStatus.Recurrent,
        "persistent" => MucocutaneousStatus.Persistent,
        _ => throw new ArgumentOutOfRangeException(nameof(code), code, "Unknown status code."),
    };
}
