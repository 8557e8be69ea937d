using Humanitarian.Framework.Application;

namespace Humanitarian.Organization.Units;

/// <summary>The tenant's units (a tree) and their contacts, seen through the caller's unit scope.</summary>
public interface IUnitAppService : IApplicationService
{
    Task<PagedResultDto<UnitDto>> GetListAsync(UnitListInput input);
    Task<UnitDto> GetAsync(Guid id);
    Task<UnitDto> CreateAsync(CreateUnitDto input);
    Task<UnitDto> UpdateAsync(Guid id, UpdateUnitDto input);
    Task DeleteAsync(Guid id);

    Task<ListResultDto<UnitContactDto>> GetContactsAsync(Guid id);
    Task<UnitContactDto> AddContactAsync(Guid id, CreateUnitContactDto input);
    Task<UnitContactDto> UpdateContactAsync(Guid id, Guid contactId, UpdateUnitContactDto input);
    Task DeleteContactAsync(Guid id, Guid contactId);
}
