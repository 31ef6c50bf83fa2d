using Lupus.Domain.Instruments.Bilag;
using Lupus.Domain.Instruments.Core;

namespace Lupus.Domain.Instruments.Responders;

/// <summary>The <c>msc_bilag_response</c> schema; thresholds are counts of domains (0-9).</summary>
internal sealed class MscResponseFields
{
    public MscResponseFields()
    {
        var b = new SchemaBuilder();
        Baseline = b.Nested("bilag_baseline", BilagGrades.Schema);
        Visit = b.Nested("bilag_visit", BilagGrades.Schema);
        PriorResponse = b.Code("prior_response", "none", "mcr", "pcr");
        ResponseVisit = b.Nested("bilag_response_visit", BilagGrades.Schema);
        McrMaxB = b.WholeNumber("mcr_max_b_domains", 0, 9);
        PcrMaxB = b.WholeNumber("pcr_max_b_domains", 0, 9);
        PcrBaselineMinA = b.WholeNumber("pcr_baseline_min_a_domains", 1, 9);
        PcrBaselineMinB = b.WholeNumber("pcr_baseline_min_b_domains", 1, 9);
        RelapseMinNewA = b.WholeNumber("relapse_min_new_a_domains", 1, 9);
        RelapseMinNewB = b.WholeNumber("relapse_min_new_b_domains", 1, 9);
        Schema = b.Build();
    }

    public InputSchema Schema { get; }

    public ObjectField Baseline { get; }

    public ObjectField Visit { get; }

    public CodeField PriorResponse { get; }

    public ObjectField ResponseVisit { get; }

    public IntegerField McrMaxB { get; }

    public IntegerField PcrMaxB { get; }

    public IntegerField PcrBaselineMinA { get; }

    public IntegerField PcrBaselineMinB { get; }

    public IntegerField RelapseMinNewA { get; }

    public IntegerField RelapseMinNewB { get; }

    public MscResponseInput Bind(InputRecord r)
    {
        var defaults = new MscResponseInput();
        var responseVisit = r.Get(ResponseVisit);
        return new MscResponseInput
        {
            Baseline = BilagGrades.Read(r.Get(Baseline)),
            Visit = BilagGrades.Read(r.Get(Visit)),
            PriorResponse = r.Get(PriorResponse) switch
            {
                "mcr" => Responders.PriorResponse.Mcr,
                "pcr" => Responders.PriorResponse.Pcr,
                _ => Responders.PriorResponse.None,
            },
            ResponseVisit = responseVisit is null ? null : BilagGrades.Read(responseVisit),
            McrMaxBDomains = r.Get(McrMaxB) ?? defaults.McrMaxBDomains,
            PcrMaxBDomains = r.Get(PcrMaxB) ?? defaults.PcrMaxBDomains,
            PcrBaselineMinADomains = r.Get(PcrBaselineMinA) ?? defaults.PcrBaselineMinADomains,
            PcrBaselineMinBDomains = r.Get(PcrBaselineMinB) ?? defaults.PcrBaselineMinBDomains,
            RelapseMinNewADomains = r.Get(RelapseMinNewA) ?? defaults.RelapseMinNewADomains,
            RelapseMinNewBDomains = r.Get(RelapseMinNewB) ?? defaults.RelapseMinNewBDomains,
        };
    }
}
