namespace Lupus.Persistence.Entities;

/// <summary>Sex recorded at birth.</summary>
public enum Sex
{
    Female,
    Male,
    Intersex,
}

/// <summary>The SLE classification criteria set the patient fulfils.</summary>
public enum ClassificationCriteria
{
    Acr1997,
    Slicc2012,
    EularAcr2019,
}

/// <summary>ISN/RPS lupus nephritis class of the most recent biopsy; <see cref="None"/> when no nephritis.</summary>
public enum NephritisClass
{
    None,
    I,
    II,
    III,
    IV,
    V,
    VI,
}
