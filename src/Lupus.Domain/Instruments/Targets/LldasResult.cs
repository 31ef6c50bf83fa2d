using Lupus.Domain.Instruments.Core;

namespace Lupus.Domain.Instruments.Targets;

/// <summary>Whether a visit meets the Lupus Low Disease Activity State, with each criterion.</summary>
public sealed record LldasResult : InstrumentResult
{
    public LldasResult(InstrumentInfo instrument)
        : base(instrument)
    {
    }

    /// <summary>LLDAS met; null when any input was missing.</summary>
    public bool? Lldas { get; init; }

    /// <summary>SLEDAI-2K computed from the present descriptors; null when the list was not given.</summary>
    public int? Sledai2kTotal { get; init; }

    public required LldasCriteria Criteria { get; init; }

    /// <summary>Inputs that were needed but not given.</summary>
    public IReadOnlyList<string> Missing { get; init; } = [];

    /// <summary>Scalar output keys, in order.</summary>
    internal static IReadOnlyList<string> ScalarKeys { get; } =
    [
        "valid", "lldas", "sledai2k_total", "criteria.activity", "criteria.no_new_activity", "criteria.pga",
        "criteria.glucocorticoid", "criteria.maintenance_therapy", "missing",
    ];

    protected override void WriteFields(IResultWriter writer)
    {
        writer.Bool("lldas", Lldas);
        writer.WholeNumber("sledai2k_total", Sledai2kTotal);
        writer.BeginObject("criteria");
        writer.Bool("activity", Criteria.Activity);
        writer.Bool("no_new_activity", Criteria.NoNewActivity);
        writer.Bool("pga", Criteria.Pga);
        writer.Bool("glucocorticoid", Criteria.Glucocorticoid);
        writer.Bool("maintenance_therapy", Criteria.MaintenanceTherapy);
        writer.EndObject();
        writer.TextSet("missing", Missing);
    }
}
