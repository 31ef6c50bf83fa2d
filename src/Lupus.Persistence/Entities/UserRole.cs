namespace Lupus.Persistence.Entities;

/// <summary>What an account may do; sites limit where.</summary>
public enum UserRole
{
    /// <summary>Manages users and sites; sees every site.</summary>
    Administrator,

    /// <summary>Enters and edits clinical data at their sites.</summary>
    Investigator,

    /// <summary>Reads clinical data and the audit trail at their sites; never writes.</summary>
    Monitor,

    /// <summary>Reads de-identified clinical data at their sites; never sees identifying fields.</summary>
    Statistician,
}
