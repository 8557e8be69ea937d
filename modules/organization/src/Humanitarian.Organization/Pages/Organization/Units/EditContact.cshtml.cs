using Humanitarian.Framework.Domain;
using Humanitarian.Organization.Permissions;
using Humanitarian.Organization.Services.Units;
using Humanitarian.Organization.Units;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Humanitarian.Organization.Pages.Organization.Units;

[Authorize(OrganizationPermissions.Units.Update)]
public sealed class EditContactModel(IUnitAppService unitAppService) : OrganizationPageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid ContactId { get; set; }

    [BindProperty]
    public UpdateUnitContactDto Input { get; set; } = new();

    public UnitDto Unit { get; private set; } = null!;

    protected override string FieldLabelKey(string propertyName) => "Contact:" + propertyName;

    public async Task OnGetAsync()
    {
        await LoadAsync();
        var contact = Unit.Contacts.FirstOrDefault(c => c.Id == ContactId)
                      ?? throw new EntityNotFoundException(typeof(UnitContactDto), ContactId);
        Input = contact.ToUpdateDto();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            await LoadAsync();
            return Page();
        }
        var contact = await unitAppService.UpdateContactAsync(Id, ContactId, Input);
        SetNotice("Contacts:Updated", contact.Name);
        return RedirectToPage("Details", new { id = Id });
    }

    protected override Task OnInputRejectedAsync() => LoadAsync();

    private async Task LoadAsync() => Unit = await unitAppService.GetAsync(Id);
}
