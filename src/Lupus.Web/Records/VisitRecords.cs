using Lupus.Domain.Instruments.Sledai;
using Lupus.Persistence;
using Lupus.Persistence.Entities;
using Lupus.Persistence.Clinical;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Lupus.Web.Records;

/// <summary>Visits: SLEDAI-2K and BILAG-2004 items in, computed scores stored.</summary>
public sealed class VisitRecords : IRecordKind<Visit, VisitInput, VisitView>
{
    public static string Segment => "visits";

    public static string Name => "Visit";

    public static IQueryable<Visit> Query(LupusDbContext db) => db.Visits.OrderByDescending(v => v.VisitDate);

    public static VisitView ToView(Visit entity) =>
        new(entity.Id, entity.PatientId, entity.Version, ToInput(entity), entity.Sledai2k, entity.ClinicalSledai, entity.BilagRenalGrade)
        {
            BilagGrades = entity.BilagGrades,
        };

    public static VisitInput ToInput(Visit entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        var input = Fields(entity);
        VisitBilagItems.CopyTo(entity.BilagItems, input);
        return input;
    }

    private static VisitInput Fields(Visit entity) => new()
    {
        VisitDate = entity.VisitDate.ToDateOnly(),
        Descriptors = [.. VisitScorer.DescriptorKeys(entity.SledaiDescriptors)],
        ArthritisJointCount = entity.ArthritisJointCount,
        MaxTemperatureC = entity.MaxTemperatureC,
        UrineRbcPerHpf = entity.UrineRbcPerHpf,
        UrineWbcPerHpf = entity.UrineWbcPerHpf,
        ProteinuriaGPer24h = entity.ProteinuriaGPer24h,
        UpcrGPerG = entity.UpcrGPerG,
        C3GPerL = entity.C3GPerL,
        C3LowerLimitGPerL = entity.C3LowerLimitGPerL,
        C4GPerL = entity.C4GPerL,
        C4LowerLimitGPerL = entity.C4LowerLimitGPerL,
        AntiDsDnaIuPerMl = entity.AntiDsDnaIuPerMl,
        AntiDsDnaUpperLimitIuPerMl = entity.AntiDsDnaUpperLimitIuPerMl,
        Platelets10e9PerL = entity.Platelets10e9PerL,
        Wbc10e9PerL = entity.Wbc10e9PerL,
        SystolicBpMmHg = entity.SystolicBpMmHg,
        DiastolicBpMmHg = entity.DiastolicBpMmHg,
        CreatinineUmolPerL = entity.CreatinineUmolPerL,
        EgfrMlMin173m2 = entity.EgfrMlMin173m2,
        NephroticSyndrome = entity.NephroticSyndrome,
        ActiveUrinarySediment = entity.ActiveUrinarySediment,
        Pga = entity.Pga,
        PrednisoneMgPerDay = entity.PrednisoneMgPerDay,
        ConcomitantTreatments = entity.ConcomitantTreatments,
        Version = entity.Version,
    };

    public static void Validate(VisitInput input, RecordContext context, FieldErrors errors)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(context);
        errors.Date(nameof(input.VisitDate), LocalDate.FromDateOnly(input.VisitDate), context.Today, context.Patient.BirthDate);
        foreach (var key in input.Descriptors.Where(k => !SledaiDescriptors.TryParse(k, out _)))
        {
            errors.Add(nameof(input.Descriptors), $"'{key}' is not a SLEDAI-2K descriptor");
        }

        errors.Range(nameof(input.ArthritisJointCount), input.ArthritisJointCount, 0, 100);
        errors.Range(nameof(input.MaxTemperatureC), input.MaxTemperatureC, 25, 45);
        errors.Range(nameof(input.UrineRbcPerHpf), input.UrineRbcPerHpf, 0, 1_000_000);
        errors.Range(nameof(input.UrineWbcPerHpf), input.UrineWbcPerHpf, 0, 1_000_000);
        errors.Range(nameof(input.ProteinuriaGPer24h), input.ProteinuriaGPer24h, 0, 100);
        errors.Range(nameof(input.UpcrGPerG), input.UpcrGPerG, 0, 100);
        errors.Positive(nameof(input.C3GPerL), input.C3GPerL);
        errors.Positive(nameof(input.C3LowerLimitGPerL), input.C3LowerLimitGPerL);
        errors.Positive(nameof(input.C4GPerL), input.C4GPerL);
        errors.Positive(nameof(input.C4LowerLimitGPerL), input.C4LowerLimitGPerL);
        errors.Range(nameof(input.AntiDsDnaIuPerMl), input.AntiDsDnaIuPerMl, 0, 1_000_000);
        errors.Positive(nameof(input.AntiDsDnaUpperLimitIuPerMl), input.AntiDsDnaUpperLimitIuPerMl);
        errors.Range(nameof(input.Platelets10e9PerL), input.Platelets10e9PerL, 0, 5_000);
        errors.Range(nameof(input.Wbc10e9PerL), input.Wbc10e9PerL, 0, 1_000);
        errors.Range(nameof(input.SystolicBpMmHg), input.SystolicBpMmHg, 40, 300);
        errors.Range(nameof(input.DiastolicBpMmHg), input.DiastolicBpMmHg, 20, 200);
        errors.Positive(nameof(input.CreatinineUmolPerL), input.CreatinineUmolPerL);
        errors.Range(nameof(input.EgfrMlMin173m2), input.EgfrMlMin173m2, 0, 250);
        errors.Range(nameof(input.Pga), input.Pga, 0, 3);
        errors.Range(nameof(input.PrednisoneMgPerDay), input.PrednisoneMgPerDay, 0, 2_000);
        VisitBilagItems.Validate(input, errors);
    }

    public static async Task ApplyAsync(VisitInput input, Visit entity, RecordContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(entity);
        ArgumentNullException.ThrowIfNull(context);
        CopyTo(input, entity);
        var previous = await context.Db.Visits
            .Where(v => v.PatientId == entity.PatientId && v.Id != entity.Id && v.VisitDate < entity.VisitDate)
            .OrderByDescending(v => v.VisitDate).FirstOrDefaultAsync(cancellationToken);
        VisitScorer.Apply(entity, previous, context.Patient.NephritisClass);
    }

    /// <summary>Copies the entered fields (not the scores) onto a visit.</summary>
    public static void CopyTo(VisitInput input, Visit entity)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(entity);
        entity.VisitDate = LocalDate.FromDateOnly(input.VisitDate);
        entity.SledaiDescriptors = string.Join(' ', SledaiDescriptors.Keys.Where(input.Descriptors.Contains));
        entity.ArthritisJointCount = input.ArthritisJointCount;
        entity.MaxTemperatureC = input.MaxTemperatureC;
        entity.UrineRbcPerHpf = input.UrineRbcPerHpf;
        entity.UrineWbcPerHpf = input.UrineWbcPerHpf;
        entity.ProteinuriaGPer24h = input.ProteinuriaGPer24h;
        entity.UpcrGPerG = input.UpcrGPerG;
        entity.C3GPerL = input.C3GPerL;
        entity.C3LowerLimitGPerL = input.C3LowerLimitGPerL;
        entity.C4GPerL = input.C4GPerL;
        entity.C4LowerLimitGPerL = input.C4LowerLimitGPerL;
        entity.AntiDsDnaIuPerMl = input.AntiDsDnaIuPerMl;
        entity.AntiDsDnaUpperLimitIuPerMl = input.AntiDsDnaUpperLimitIuPerMl;
        entity.Platelets10e9PerL = input.Platelets10e9PerL;
        entity.Wbc10e9PerL = input.Wbc10e9PerL;
        entity.SystolicBpMmHg = input.SystolicBpMmHg;
        entity.DiastolicBpMmHg = input.DiastolicBpMmHg;
        entity.CreatinineUmolPerL = input.CreatinineUmolPerL;
        entity.EgfrMlMin173m2 = input.EgfrMlMin173m2;
        entity.NephroticSyndrome = input.NephroticSyndrome;
        entity.ActiveUrinarySediment = input.ActiveUrinarySediment;
        entity.Pga = input.Pga;
        entity.PrednisoneMgPerDay = input.PrednisoneMgPerDay;
        entity.ConcomitantTreatments = input.ConcomitantTreatments?.Trim() ?? "";
        var items = VisitBilagItems.ToStoredText(input);
        if (items is null && entity.BilagItems is not null)
        {
            // The items were all cleared: the grades computed from them no longer stand.
            entity.BilagGrades = null;
        }

        entity.BilagItems = items;
    }
}
