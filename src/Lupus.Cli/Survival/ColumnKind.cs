namespace Lupus.Cli.Survival;

/// <summary>How a survival CSV column is parsed.</summary>
internal enum ColumnKind
{
    /// <summary>Follow-up time: a finite number at or above 0, required in every row.</summary>
    Time,

    /// <summary>Event flag: 1/0 or true/false, required in every row.</summary>
    Event,

    /// <summary>Competing-risks status: 0 = censored, any other value names the event type; required in every row.</summary>
    Status,

    /// <summary>A numeric covariate; an empty or NA cell drops the row.</summary>
    Number,

    /// <summary>A label (group, stratum, cause); an empty or NA cell drops the row.</summary>
    Label,
}
