using Microsoft.AspNetCore.Localization;
using Microsoft.Net.Http.Headers;

namespace Humanitarian.Web.Localization;

/// <summary>
/// The Accept-Language header, for API calls only. ABP's clients send the language their user chose with every
/// call; a browser's own language says little about who sits at an office's shared computer, so pages keep
/// Vietnamese until the user switches (cookie or <c>?culture=</c>, which come first for the API too). A link
/// that a page offers under /api (an Excel export) is followed as a navigation and is treated like the page.
/// </summary>
public sealed class ApiAcceptLanguageRequestCultureProvider : RequestCultureProvider
{
    private readonly AcceptLanguageHeaderRequestCultureProvider _header = new();

    public override Task<ProviderCultureResult?> DetermineProviderCultureResult(HttpContext httpContext)
    {
        var request = httpContext.Request;
        var isApiCall = request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase)
                        && !string.Equals(request.Headers["Sec-Fetch-Mode"], "navigate", StringComparison.OrdinalIgnoreCase);
        if (!isApiCall)
        {
            return NullProviderCultureResult;
        }
        // The answer now depends on the header (its absence too): a cache in front must key on it.
        httpContext.Response.Headers.Append(HeaderNames.Vary, HeaderNames.AcceptLanguage);
        return _header.DetermineProviderCultureResult(httpContext);
    }
}
