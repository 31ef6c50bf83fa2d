using System.Security.Claims;
using Lupus.Persistence.Access;

namespace Lupus.Web.Security;

/// <summary>The signed-in user's scope, read from the current request's claims (anonymous until authenticated).</summary>
internal sealed class HttpAccessScope(IHttpContextAccessor http) : IAccessScopeSource
{
    private ClaimsPrincipal? _user;
    private AccessScope _scope = AccessScope.Anonymous;

    public AccessScope Current
    {
        get
        {
            var user = http.HttpContext?.User;
            if (!ReferenceEquals(user, _user))
            {
                (_user, _scope) = (user, ClaimsAccess.ScopeOf(user));
            }

            return _scope;
        }
    }
}
