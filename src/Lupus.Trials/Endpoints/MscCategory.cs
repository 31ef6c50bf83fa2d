namespace Lupus.Trials.Endpoints;

/// <summary>Provisional MSC-trial response category of one visit (<c>msc_bilag_response</c>).</summary>
public enum MscCategory
{
    /// <summary>A needed BILAG grade was missing.</summary>
    NotAssessable,

    NoResponse,

    /// <summary>Partial clinical response.</summary>
    Pcr,

    /// <summary>Major clinical response.</summary>
    Mcr,

    /// <summary>New A, or two new B, after a response.</summary>
    Relapse,
}
