using Microsoft.AspNetCore.Authorization;

namespace Humanitarian.Web.Pages.Account;

/// <summary>Where the cookie sends a signed-in user who lacks a page's permission.</summary>
[AllowAnonymous]
public sealed class AccessDeniedModel : HumanitarianPageModel
{
    public void OnGet() => Response.StatusCode = StatusCodes.Status403Forbidden;
}
