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
        EnsureReachable(input);
        var unit = await GetVisibleAsync(id);
        var contact = unit.AddContact(input.Name.Trim());
        Apply(contact, input);
        await units.UpdateAsync(unit, autoSave: true);
        return contact.ToDto();
    }

    [HttpPut("api/app/unit/{id}/contact/{contactId}")]
    [Authorize(OrganizationPermissions.Units.Update)]
    public async Task<UnitContactDto> UpdateContactAsync(Guid id, [FromRoute] Guid contactId, UpdateUnitContactDto input)
    {
        EnsureReachable(input);
        var unit = await GetVisibleAsync(id);
        var contact = unit.GetContact(contactId);
        contact.Name = input.Name.Trim();
        Apply(contact, input);
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

    /// <summary>Reminders are e-mailed: a contact who receives them needs an address.</summary>
    private void EnsureReachable(CreateUnitContactDto input)
    {
        if (input.ReceivesReminders && string.IsNullOrWhiteSpace(input.Email))
        {
            throw new AbpValidationException(l["ReminderContactNeedsEmail"], "email");
        }
    }

    private static void Apply(UnitContact contact, CreateUnitContactDto input)
    {
        contact.Position = TextInput.OrNull(input.Position);
        contact.Email = TextInput.OrNull(input.Email);
        contact.Phone = TextInput.OrNull(input.Phone);
        contact.ReceivesReminders = input.ReceivesReminders;
    }
}
