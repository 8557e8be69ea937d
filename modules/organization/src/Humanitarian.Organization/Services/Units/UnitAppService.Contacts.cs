using Humanitarian.Framework.Application;
using Humanitarian.Framework.Domain;
using Humanitarian.Organization.Entities;
using Humanitarian.Organization.Permissions;
using Humanitarian.Organization.Units;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Humanitarian.Organization.Services.Units;

// A unit's contacts: part of the unit aggregate, edited through it.
public sealed partial class UnitAppService
{
    public async Task<ListResultDto<UnitContactDto>> GetContactsAsync(Guid id) =>
        new((await GetVisibleAsync(id)).ToDto().Contacts);

    [Authorize(OrganizationPermissions.Units.Update)]
    public async Task<UnitContactDto> AddContactAsync(Guid id, CreateUnitContactDto input)
    {
        var unit = await GetVisibleAsync(id);
        var contact = unit.AddContact(input.Name, input.Position, input.Email, input.Phone, input.ReceivesReminders);
        await units.UpdateAsync(unit, autoSave: true);
        return contact.ToDto();
    }

    [HttpPut("api/app/unit/{id}/contact/{contactId}")]
    [Authorize(OrganizationPermissions.Units.Update)]
    public async Task<UnitContactDto> UpdateContactAsync(Guid id, [FromRoute] Guid contactId, UpdateUnitContactDto input)
    {
        var unit = await GetVisibleAsync(id);
        var contact = unit.GetContact(contactId);
        contact.Update(input.Name, input.Position, input.Email, input.Phone, input.ReceivesReminders);
        await units.UpdateAsync(unit, autoSave: true);
        return contact.ToDto();
    }

    [HttpDelete("api/app/unit/{id}/contact/{contactId}")]
    [Authorize(OrganizationPermissions.Units.Update)]
    public async Task DeleteContactAsync(Guid id, [FromRoute] Guid contactId)
    {
        var unit = await GetVisibleAsync(id);
        unit.RemoveContact(unit.GetContact(contactId));
        await units.UpdateAsync(unit);
    }
}
