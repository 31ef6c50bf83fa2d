using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lupus.Web.Pages;

/// <summary>Readable page for error status codes (re-executed by the status-code middleware).</summary>
public sealed class StatusModel : PageModel
{
    public string Title { get; private set; } = "Something went wrong";

    public string Explanation { get; private set; } = "";

    public void OnGet(int? code) => Describe(code);

    public void OnPost(int? code) => Describe(code);

    private void Describe(int? code) => (Title, Explanation) = code switch
    {
        404 => ("Not found", "There is no such page or record, or it belongs to a site you do not work at."),
        403 => ("Not allowed", "Your role does not allow this."),
        429 => ("Too many attempts", "Please wait a minute before trying again."),
        _ => ("Something went wrong", "The request could not be completed."),
    };
}
