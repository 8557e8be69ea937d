using Humanitarian.Framework.Application;

namespace Humanitarian.Web.TextTemplateManagement;

/// <summary>The templates the modules define (ABP's TemplateDefinitionAppService); the page calls it through this interface.</summary>
public interface ITemplateDefinitionAppService : IApplicationService
{
    Task<PagedResultDto<TemplateDefinitionDto>> GetListAsync(GetTemplateDefinitionListInput input);
}

/// <summary>The current tenant's contents of the templates (ABP's TemplateContentAppService).</summary>
public interface ITemplateContentAppService : IApplicationService
{
    Task<TextTemplateContentDto> GetAsync(GetTemplateContentInput input);
    Task UpdateAsync(UpdateTemplateContentInput input);
    Task RestoreToDefaultAsync(RestoreTemplateContentInput input);
}
