using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Humanitarian.Web.Localization;

/// <summary>
/// The language switch (ABP's <c>/Abp/Languages/Switch</c>): the server sets the culture cookie and sends the
/// browser back, so the choice sticks on every later page without any script.
/// </summary>
[Route("Abp/Languages/[action]")]
[ApiExplorerSettings(IgnoreApi = true)]
public sealed class AbpLanguagesController(IOptions<RequestLocalizationOptions> localization) : Controller
{
    private static readonly TimeSpan CookieLifetime = TimeSpan.FromDays(365);

    [HttpGet]
    public IActionResult Switch(string culture, string? uiCulture, string? returnUrl)
    {
        var supported = localization.Value.SupportedUICultures ?? [];
        var chosen = supported.FirstOrDefault(c => string.Equals(c.Name, uiCulture ?? culture, StringComparison.OrdinalIgnoreCase));
        if (chosen is not null)
        {
            Response.Cookies.Append(
                CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(chosen, chosen)),
                new CookieOptions { Expires = DateTimeOffset.UtcNow.Add(CookieLifetime), IsEssential = true, SameSite = SameSiteMode.Lax, Secure = Request.IsHttps, Path = "/" });
        }
        // Only back into this app: a returnUrl elsewhere would make the switch an open redirect.
        return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl : "~/");
    }
}
