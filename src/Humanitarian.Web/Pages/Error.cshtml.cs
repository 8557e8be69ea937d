using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Humanitarian.Web.Pages;

/// <summary>
/// The error page, reached by re-execution (<c>?statusCode=404</c>) or by the exception handler;
/// it answers any method, since a failed POST is re-executed as a POST.
/// </summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
public sealed class ErrorModel : HumanitarianPageModel
{
    [BindProperty(SupportsGet = true, Name = "statusCode")]
    public int? Code { get; set; }

    public int Status => Code is >= 400 and < 600 ? Code.Value : StatusCodes.Status500InternalServerError;

    public string TitleKey => Status switch
    {
        400 or 403 or 404 or 429 or 503 => $"Error:{Status}:Title",
        _ when Status >= 500 => "Error:500:Title",
        _ => "Error:Other:Title",
    };

    public string MessageKey => TitleKey.Replace(":Title", ":Message", StringComparison.Ordinal);

    public string? RequestId { get; private set; }

    public void OnGet() => Prepare();

    public void OnPost() => Prepare();

    private void Prepare()
    {
        if (Status >= 500)
        {
            RequestId = HttpContext.TraceIdentifier;
            // The database may be what failed: the layout then asks it nothing (no menu, no permissions).
            ViewData["MinimalLayout"] = true;
        }
    }
}
