using Humanitarian.Framework.Application;

namespace Humanitarian.Organization.AdministrativeAreas;

/// <summary>The tenant's districts and communes/wards, as reference data.</summary>
public interface IAdministrativeAreaAppService : IApplicationService
{
    Task<PagedResultDto<AdministrativeAreaDto>> GetListAsync(AdministrativeAreaListInput input);
    Task<AdministrativeAreaDto> GetAsync(Guid id);
    Task<AdministrativeAreaDto> CreateAsync(CreateAdministrativeAreaDto input);
    Task<AdministrativeAreaDto> UpdateAsync(Guid id, UpdateAdministrativeAreaDto input);
    Task DeleteAsync(Guid id);

    /// <summary>What merging the area into another would move.</summary>
    Task<AdministrativeAreaMergeDto> GetMergePreviewAsync(Guid id, Guid targetId);

    /// <summary>Merges the area into another of the same level: its units and sub-areas move there.</summary>
    Task<AdministrativeAreaMergeDto> MergeAsync(Guid id, MergeAdministrativeAreaInput input);
}
