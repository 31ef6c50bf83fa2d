using Lupus.Persistence.Access;
using Lupus.Persistence.Auditing;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Lupus.Web.Hosting;

/// <summary>Turns the data layer's refusals into ProblemDetails with a status a client can act on.</summary>
internal sealed class ProblemDetailsExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var (status, title) = exception switch
        {
            DbUpdateConcurrencyException => (StatusCodes.Status409Conflict,
                "This record was changed by someone else after you opened it. Reload it and enter your change again."),
            ChangeReasonRequiredException e => (StatusCodes.Status400BadRequest, e.Message),
            ClinicalWriteDeniedException e => (StatusCodes.Status403Forbidden, e.Message),
            _ => (StatusCodes.Status500InternalServerError, "An unexpected error occurred."),
        };
        httpContext.Response.StatusCode = status;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = new ProblemDetails { Status = status, Title = title },
        });
    }
}
