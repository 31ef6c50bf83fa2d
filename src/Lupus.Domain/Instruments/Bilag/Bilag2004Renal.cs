using Lupus.Domain.Instruments.Core;

namespace Lupus.Domain.Instruments.Bilag;

/// <summary>BILAG-2004 renal domain grade from blood pressure, proteinuria, renal function and sediment (specification 3.5).</summary>
/// <remarks>
/// Isenberg DA, et al. Rheumatology (Oxford) 2005;44:902-906, as operationalised by a long-used scoring program,
/// following the written index where that program deviates. Grade A needs two A criteria including A1, A4 or A5;
/// one A criterion grades B. The dipstick counts only when no quantitative proteinuria measure exists.
/// </remarks>
public sealed class Bilag2004Renal : Instrument<BilagRenalInput>
{
    private static readonly BilagRenalFields Fields = new();

    public static Bilag2004Renal Instance { get; } = new();

    public override InstrumentInfo Info { get; } = new(
        "bilag2004_renal",
        "BILAG-2004 renal domain",
        "BILAG-2004 index (2009 form), renal domain",
        BilagGrading.IndexCitation,
        Verification.OneSource);

    public override InputSchema Schema => Fields.Schema;

    public override IReadOnlyList<string> ScalarOutputs => BilagRenalResult.ScalarKeys;

    protected override BilagRenalInput Bind(InputRecord record) => Fields.Bind(record);

    protected override void Validate(BilagRenalInput input, List<InputError> errors)
    {
        CheckDipstick("urine_dipstick_protein", input.UrineDipstickProtein, errors);
        CheckDipstick("prev_urine_dipstick_protein", input.PreviousUrineDipstickProtein, errors);
    }

    protected override InstrumentResult Compute(BilagRenalInput input)
    {
        var met = BilagRenalRules.CriteriaMet(input);
        var notes = new List<string>();
        BilagGrade? grade = null;
        if (input.NothingAssessed)
        {
            notes.Add("no_renal_value_recorded");
        }
        else
        {
            grade = BilagGrading.Settle(BilagRenalRules.Activity(met), input.PreviousRenalInvolvement);
            if (grade is null)
            {
                notes.Add(BilagGrading.PreviousInvolvementUnknown);
            }
        }

        if (input.UrineDipstickProtein is not null)
        {
            notes.Add(input.HasQuantitativeProteinuria ? "dipstick_ignored_quantitative_proteinuria_present" : "proteinuria_from_dipstick");
        }

        return new BilagRenalResult(Info)
        {
            Grade = grade,
            ACriteriaMet = met.Where(c => c[0] == 'A').ToArray(),
            CriteriaMet = met,
            Notes = notes,
        };
    }

    private static void CheckDipstick(string field, int? value, List<InputError> errors)
    {
        if (value is < 0 or > 3)
        {
            errors.Add(new InputError(field, $"must be a dipstick grade from 0 to 3, got {value}"));
        }
    }
}
