using Humanitarian.Framework.Application;
using Humanitarian.Framework.Content;

namespace Humanitarian.Web.MultiTenancy;

/// <summary>
/// The host's reorganisation service: the reorganisation pages call it through this interface, so its
/// permission check holds for them as for the API.
/// </summary>
public interface ITenantReorganisationAppService : IApplicationService
{
    Task<TenantReorganisationDto> GetPreviewAsync(Guid id, TenantReorganisationPreviewInput input);
    Task<TenantReorganisationDto> MergeAsync(Guid id, MergeTenantInput input);
    Task<TenantReorganisationDto> DissolveAsync(Guid id, DissolveTenantInput input);
    Task<PagedResultDto<TenantReorganisationDto>> GetListAsync(TenantReorganisationListInput input);
    Task<TenantReorganisationDto> GetAsync(Guid id);
    Task<IRemoteStreamContent> ExportExcelAsync(Guid id);
    Task<IRemoteStreamContent> ExportPreviewExcelAsync(Guid id, TenantReorganisationPreviewInput input);
}
