using Lupus.Domain.Instruments.Core;

namespace Lupus.Domain.Instruments.Bilag;

/// <summary>BILAG-2004 grade of one non-renal domain from its 0-4 item codes (specification 3.2-3.4, 3.6).</summary>
/// <remarks>
/// Isenberg DA, Rahman A, Allen E, et al. Rheumatology (Oxford) 2005;44:902-906. Items not done are ignored for
/// grading and listed; a domain with every item not done is not assessable. The haematological grading is a
/// provisional reconstruction and is flagged as such in every result.
/// </remarks>
public sealed class Bilag2004Domain : Instrument<BilagDomainInput>
{
    /// <summary>Note on every haematological result.</summary>
    public const string HaematologicalUnverified = "haematological_grading_unverified";

    private static readonly BilagDomainFields Fields = new();

    public static Bilag2004Domain Instance { get; } = new();

    public override InstrumentInfo Info { get; } = new(
        "bilag2004_domain",
        "BILAG-2004 domain grade",
        "BILAG-2004 index (2009 form), non-renal domains",
        BilagGrading.IndexCitation,
        Verification.OneSource);

    public override InputSchema Schema => Fields.Schema;

    public override IReadOnlyList<string> ScalarOutputs => BilagDomainResult.ScalarKeys;

    protected override BilagDomainInput Bind(InputRecord record) => Fields.Bind(record);

    protected override void Validate(BilagDomainInput input, List<InputError> errors)
    {
        if (input.Domain is not { } domain)
        {
            errors.Add(new InputError("domain", "is required"));
            return;
        }

        var name = BilagGrades.Key(domain);
        var keys = BilagItems.Of(domain).Select(i => i.Key).ToHashSet(StringComparer.Ordinal);
        foreach (var (key, code) in input.Items)
        {
            if (!keys.Contains(key))
            {
                errors.Add(new InputError("items." + key, $"is not an item of the {name} domain", InputErrorKind.Malformed));
            }
            else if (code is < 0 or > 4)
            {
                errors.Add(new InputError("items." + key, $"must be a BILAG code from 0 to 4, got {code}"));
            }
        }

        if (domain != BilagDomain.Haematological)
        {
            foreach (var key in input.Haematology.PresentKeys())
            {
                errors.Add(new InputError("items." + key, $"is not an item of the {name} domain", InputErrorKind.Malformed));
            }
        }
    }

    protected override InstrumentResult Compute(BilagDomainInput input)
    {
        var domain = input.Domain!.Value;
        var haematological = domain == BilagDomain.Haematological;
        var notDone = BilagItems.Of(domain).Where(i => !input.Items.ContainsKey(i.Key)).Select(i => i.Key).ToList();
        var assessed = BilagItems.Of(domain).Count - notDone.Count;
        if (haematological)
        {
            var present = input.Haematology.PresentKeys();
            notDone.AddRange(HaematologyValues.Keys.Except(present));
            assessed += present.Count;
        }

        var activity = domain switch
        {
            BilagDomain.Constitutional => BilagDomainRules.Constitutional(input.Items),
            BilagDomain.Haematological => BilagDomainRules.Haematological(input.Items, input.Haematology),
            _ => BilagDomainRules.Generic(BilagItems.Of(domain), input.Items),
        };
        var grade = assessed == 0 ? null : BilagGrading.Settle(activity, input.PreviousInvolvement);

        var notes = new List<string>();
        var warnings = new List<string>();
        if (assessed > 0 && grade is null)
        {
            notes.Add(BilagGrading.PreviousInvolvementUnknown);
        }

        if (haematological)
        {
            notes.Add(HaematologicalUnverified);
            warnings.Add("haematological grading is provisional (specification 3.6, not verified against the BILAG-2004 glossary)");
            if (input.Haematology.ActiveHaemolysis == true)
            {
                warnings.Add("active_haemolysis is recorded but does not change the provisional grade");
            }
        }

        return new BilagDomainResult(Info)
        {
            Domain = domain,
            Grade = grade,
            ItemsNotDone = notDone,
            Provisional = haematological,
            Notes = notes,
            Warnings = warnings,
        };
    }
}
