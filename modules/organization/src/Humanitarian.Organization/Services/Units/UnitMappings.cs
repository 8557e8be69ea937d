using Humanitarian.Organization.Entities;
using Humanitarian.Organization.Units;

namespace Humanitarian.Organization.Services.Units;

internal static class UnitMappings
{
    public static UnitDto ToDto(this Unit unit) => new()
    {
        Id = unit.Id,
        Code = unit.Code,
        Name = unit.Name,
        Kind = unit.Kind,
        ParentId = unit.ParentId,
        AdministrativeAreaId = unit.AdministrativeAreaId,
        IsActive = unit.IsActive,
        Contacts = unit.Contacts.OrderBy(c => c.Name, StringComparer.CurrentCulture).Select(ToDto).ToList(),
        ConcurrencyStamp = unit.ConcurrencyStamp,
        CreationTime = unit.CreationTime,
        CreatorId = unit.CreatorId,
        LastModificationTime = unit.LastModificationTime,
        LastModifierId = unit.LastModifierId,
    };

    public static UnitContactDto ToDto(this UnitContact contact) => new()
    {
        Id = contact.Id,
        Name = contact.Name,
        Position = contact.Position,
        Email = contact.Email,
        Phone = contact.Phone,
        ReceivesReminders = contact.ReceivesReminders,
    };

    /// <summary>An edit form filled with the record as it is.</summary>
    public static UpdateUnitDto ToUpdateDto(this UnitDto unit) => new()
    {
        Code = unit.Code,
        Name = unit.Name,
        Kind = unit.Kind,
        ParentId = unit.ParentId,
        AdministrativeAreaId = unit.AdministrativeAreaId,
        IsActive = unit.IsActive,
        ConcurrencyStamp = unit.ConcurrencyStamp,
    };

    /// <summary>An edit form filled with the record as it is.</summary>
    public static UpdateUnitContactDto ToUpdateDto(this UnitContactDto contact) => new()
    {
        Name = contact.Name,
        Position = contact.Position,
        Email = contact.Email,
        Phone = contact.Phone,
        ReceivesReminders = contact.ReceivesReminders,
    };
}
