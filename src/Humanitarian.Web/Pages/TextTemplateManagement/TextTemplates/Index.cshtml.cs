using Humanitarian.Framework.Application;
using Humanitarian.Web.Authorization;
using Humanitarian.Web.TextTemplateManagement;
using Microsoft.AspNetCore.Authorization;

namespace Humanitarian.Web.Pages.TextTemplateManagement.TextTemplates;

[Authorize(TextTemplateManagementPermissions.TextTemplates.Default)]
public sealed class IndexModel(ITemplateDefinitionAppService definitions) : HumanitarianPageModel
{
    public IReadOnlyList<TemplateDefinitionDto> Templates { get; private set; } = [];

    public async Task OnGetAsync() =>
        Templates = (await definitions.GetListAsync(new GetTemplateDefinitionListInput { MaxResultCount = LimitedResultRequestDto.MaxMaxResultCount })).Items;
}
