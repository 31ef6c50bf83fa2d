namespace Lupus.Web.Security;

/// <summary>Authorisation policy names; the fallback policy (any signed-in user) covers everything else.</summary>
internal static class Policies
{
    /// <summary>May enter and edit clinical data: administrators and investigators.</summary>
    public const string Writer = "writer";

    /// <summary>Manages users and sites.</summary>
    public const string Administrator = "administrator";

    /// <summary>Reads the audit trail: administrators and monitors.</summary>
    public const string AuditReader = "audit-reader";

    /// <summary>Reads the cohort report (aggregates only): administrators and statisticians.</summary>
    public const string ReportReader = "report-reader";

    /// <summary>Rate limiter policy of the login endpoints.</summary>
    public const string Login = "login";
}
