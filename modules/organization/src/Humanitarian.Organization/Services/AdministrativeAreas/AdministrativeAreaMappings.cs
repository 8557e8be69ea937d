using Humanitarian.Organization.AdministrativeAreas;
using Humanitarian.Organization.Entities;

namespace Humanitarian.Organization.Services.AdministrativeAreas;

internal static class AdministrativeAreaMappings
{
    public static AdministrativeAreaDto ToDto(this AdministrativeArea a) => new()
    {
        Id = a.Id,
        Code = a.Code,
        Name = a.Name,
        FormerNames = a.FormerNames,
        Level = a.Level,
        ParentId = a.ParentId,
        ConcurrencyStamp = a.ConcurrencyStamp,
        CreationTime = a.CreationTime,
        CreatorId = a.CreatorId,
        LastModificationTime = a.LastModificationTime,
        LastModifierId = a.LastModifierId,
    };

    /// <summary>An edit form filled with the record as it is.</summary>
    public static UpdateAdministrativeAreaDto ToUpdateDto(this AdministrativeAreaDto area) => new()
    {
        Code = area.Code,
        Name = area.Name,
        Level = area.Level,
        ParentId = area.ParentId,
        ConcurrencyStamp = area.ConcurrencyStamp,
    };
}
