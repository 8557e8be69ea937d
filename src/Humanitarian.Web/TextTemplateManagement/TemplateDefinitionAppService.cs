using Humanitarian.Framework.Application;
using Humanitarian.Framework.TextTemplating;
using Humanitarian.Web.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Humanitarian.Web.TextTemplateManagement;

[Route("api/text-template-management/template-definitions")]
[RemoteService(Name = "TextTemplateManagement")]
[Authorize(TextTemplateManagementPermissions.TextTemplates.Default)]
public sealed class TemplateDefinitionAppService(TemplateDefinitionManager definitions, IStringLocalizerFactory localizers)
    : ApplicationService, ITemplateDefinitionAppService
{
    private static readonly Dictionary<string, string> Sortable = new()
    {
        ["name"] = nameof(TemplateDefinitionDto.Name), ["displayName"] = nameof(TemplateDefinitionDto.DisplayName),
        ["isLayout"] = nameof(TemplateDefinitionDto.IsLayout),
    };

    [HttpGet]
    public Task<PagedResultDto<TemplateDefinitionDto>> GetListAsync(GetTemplateDefinitionListInput input)
    {
        var all = definitions.GetAll()
            .Select(d => new TemplateDefinitionDto
            {
                Name = d.Name,
                DisplayName = localizers.Create(d.ResourceType)[d.DisplayName],
                IsLayout = d.IsLayout,
                Layout = d.Layout,
                DefaultCultureName = d.DefaultCultureName,
            })
            .Where(d => string.IsNullOrWhiteSpace(input.FilterText)
                        || d.Name.Contains(input.FilterText.Trim(), StringComparison.OrdinalIgnoreCase)
                        || d.DisplayName.Contains(input.FilterText.Trim(), StringComparison.CurrentCultureIgnoreCase))
            .AsQueryable().ApplySorting(input.Sorting, "isLayout, displayName", Sortable)
            .ToList();
        return Task.FromResult(new PagedResultDto<TemplateDefinitionDto>(
            all.Count, all.Skip(input.SkipCount).Take(input.MaxResultCount).ToList()));
    }
}
