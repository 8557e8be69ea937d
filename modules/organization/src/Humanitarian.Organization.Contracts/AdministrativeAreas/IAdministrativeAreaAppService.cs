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
}
