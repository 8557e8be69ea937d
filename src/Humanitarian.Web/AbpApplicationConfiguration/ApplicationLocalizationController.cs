using System.Globalization;
using Humanitarian.Framework.Application;
using Humanitarian.Framework.Localization;
using Humanitarian.Web.Localization;
using Humanitarian.Framework.Domain;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Humanitarian.Web.AbpApplicationConfiguration;

/// <summary>
/// Every localization resource's texts in one culture (ABP's <c>/api/abp/application-localization</c>), which
/// ABP's clients load at start. The texts are embedded files: there are no dynamic resources.
/// </summary>
[ApiController]
[Route("api/abp/application-localization")]
[RemoteService(Name = "abp")]
[AllowAnonymous]
public sealed class ApplicationLocalizationController(
    LocalizationResourceCatalog catalog, IStringLocalizerFactory localizers, IOptions<RequestLocalizationOptions> localization,
    IStringLocalizer<HumanitarianResource> l)
    : ControllerBase
{
    [HttpGet]
    public ApplicationLocalizationDto Get([FromQuery] string cultureName, [FromQuery] bool onlyDynamics = false)
    {
        var culture = localization.Value.SupportedUICultures?.FirstOrDefault(c =>
                          string.Equals(c.Name, cultureName, StringComparison.OrdinalIgnoreCase)
                          || string.Equals(c.TwoLetterISOLanguageName, cultureName, StringComparison.OrdinalIgnoreCase))
                      ?? throw new AbpValidationException([new ValidationError(l["Localization:UnsupportedCulture", cultureName], ["cultureName"])]);
        var resources = new Dictionary<string, ApplicationLocalizationResourceDto>();
        if (!onlyDynamics)
        {
            var previous = CultureInfo.CurrentUICulture;
            CultureInfo.CurrentUICulture = culture;
            try
            {
                foreach (var (name, type) in catalog.Resources)
                {
                    var texts = localizers.Create(type).GetAllStrings(includeParentCultures: true)
                        .ToDictionary(t => t.Name, t => t.Value, StringComparer.Ordinal);
                    resources[name] = new ApplicationLocalizationResourceDto(texts, []);
                }
            }
            finally
            {
                CultureInfo.CurrentUICulture = previous;
            }
        }
        return new ApplicationLocalizationDto(resources, CurrentCultureDto.From(culture));
    }
}

/// <summary>ABP's <c>ApplicationLocalizationDto</c>.</summary>
public sealed record ApplicationLocalizationDto(
    IReadOnlyDictionary<string, ApplicationLocalizationResourceDto> Resources, CurrentCultureDto CurrentCulture);

/// <summary>A resource's texts, and the resources it extends (none here).</summary>
public sealed record ApplicationLocalizationResourceDto(IReadOnlyDictionary<string, string> Texts, IReadOnlyList<string> BaseResources);
