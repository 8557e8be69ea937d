using Humanitarian.Framework.Application;
using Humanitarian.Framework.Domain;
using Humanitarian.Framework.EntityFrameworkCore;
using Humanitarian.Framework.MultiTenancy;
using Humanitarian.Framework.TextTemplating;
using Humanitarian.Web.Authorization;
using Humanitarian.Web.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Humanitarian.Web.TextTemplateManagement;

/// <summary>
/// The current tenant's own contents of the templates (the host's own for the host), ABP's route and
/// shapes. Reading shows the content in use: the tenant's own, else the default.
/// </summary>
[Route("api/text-template-management/template-contents")]
[RemoteService(Name = "TextTemplateManagement")]
[Authorize(TextTemplateManagementPermissions.TextTemplates.Default)]
public sealed class TemplateContentAppService(
    TemplateDefinitionManager definitions, TemplateContentProvider contents, IAbpEfCoreDbContext dbContext,
    ICurrentTenant currentTenant, IStringLocalizer<HumanitarianResource> l)
    : ApplicationService, ITemplateContentAppService
{
    [HttpGet]
    public async Task<TextTemplateContentDto> GetAsync(GetTemplateContentInput input)
    {
        var definition = Check(input);
        var own = await contents.FindOverrideAsync(definition.Name, input.CultureName);
        return new TextTemplateContentDto
        {
            Name = definition.Name,
            CultureName = input.CultureName,
            Content = own?.Content ?? (await contents.GetAsync(definition, input.CultureName)).Content,
            IsOverride = own is not null,
        };
    }

    [HttpPut]
    [Authorize(TextTemplateManagementPermissions.TextTemplates.EditContents)]
    public async Task UpdateAsync([FromBody] UpdateTemplateContentInput input)
    {
        var definition = Check(input);
        if (ScribanSandbox.GetErrors(input.Content) is { Count: > 0 } errors)
        {
            throw new AbpValidationException(l["TextTemplate:SyntaxError", string.Join("; ", errors)], "content");
        }
        // Found and updated rather than relying on the unique index, which does not hold for the host's NULL tenant.
        if (await contents.FindOverrideAsync(definition.Name, input.CultureName) is { } own)
        {
            own.Content = input.Content;
            return;
        }
        dbContext.Set<TextTemplateContent>().Add(
            new TextTemplateContent(currentTenant.Id, definition.Name, input.CultureName, input.Content));
    }

    [HttpPut("restore-to-default")]
    [Authorize(TextTemplateManagementPermissions.TextTemplates.EditContents)]
    public async Task RestoreToDefaultAsync([FromBody] RestoreTemplateContentInput input)
    {
        var definition = Check(input);
        if (await contents.FindOverrideAsync(definition.Name, input.CultureName) is { } own)
        {
            dbContext.Set<TextTemplateContent>().Remove(own);
        }
    }

    private TemplateDefinition Check(GetTemplateContentInput input)
    {
        if (!TemplateContentProvider.CultureNames.Contains(input.CultureName))
        {
            throw new AbpValidationException(
                l["TextTemplate:UnknownCulture", string.Join(", ", TemplateContentProvider.CultureNames)], "cultureName");
        }
        return definitions.GetOrNull(input.TemplateName)
               ?? throw new AbpValidationException(l["TextTemplate:UnknownTemplate", input.TemplateName], "templateName");
    }
}
