using Lupus.Persistence.Access;
using Lupus.Persistence.Entities;

namespace Lupus.Interchange.Export;

/// <summary>Who may export what: administrators anything; every other role de-identified data of its own sites only.</summary>
public static class ExportPolicy
{
    public static bool MayExport(AccessScope scope, bool deidentified)
    {
        ArgumentNullException.ThrowIfNull(scope);
        return scope.Role switch
        {
            UserRole.Administrator => true,
            UserRole.Investigator or UserRole.Monitor or UserRole.Statistician => deidentified,
            _ => false,
        };
    }
}
