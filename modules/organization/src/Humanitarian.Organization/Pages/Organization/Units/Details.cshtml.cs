using Humanitarian.Organization.AdministrativeAreas;
using Humanitarian.Organization.Permissions;
using Humanitarian.Organization.Units;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Humanitarian.Organization.Pages.Organization.Units;

/// <summary>A unit with its place in the tree and its contacts; contacts are added, edited and removed here.</summary>
[Authorize(OrganizationPermissions.Units.Default)]
public sealed class DetailsModel(
    IUnitAppService unitAppService, IAdministrativeAreaAppService areaAppService, OrganizationLookups lookups)
    : OrganizationPageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    /// <summary>The new contact's form.</summary>
    [BindProperty]
    public CreateUnitContactDto Input { get; set; } = new();

    public UnitDto Unit { get; private set; } = null!;
    public UnitDto? Parent { get; private set; }
    public AdministrativeAreaDto? Area { get; private set; }
    public IReadOnlyList<UnitDto> Children { get; private set; } = [];
    public bool CanCreate { get; private set; }
    public bool CanUpdate { get; private set; }
    public bool CanDelete { get; private set; }

    protected override string FieldLabelKey(string propertyName) => "Contact:" + propertyName;

    public Task OnGetAsync() => LoadAsync();

    public async Task<IActionResult> OnPostAddContactAsync()
    {
        if (!ModelState.IsValid)
        {
            await LoadAsync();
            return Page();
        }
        var contact = await unitAppService.AddContactAsync(Id, Input);
        SetNotice("Contacts:Added", contact.Name);
        return RedirectToPage(new { id = Id });
    }

    public async Task<IActionResult> OnPostDeleteContactAsync(Guid contactId)
    {
        ModelState.Clear(); // the contact form below is not part of this post
        var contact = (await unitAppService.GetContactsAsync(Id)).Items.FirstOrDefault(c => c.Id == contactId);
        await unitAppService.DeleteContactAsync(Id, contactId);
        SetNotice("Contacts:Deleted", contact?.Name ?? "");
        return RedirectToPage(new { id = Id });
    }

    public async Task<IActionResult> OnPostDeleteAsync()
    {
        ModelState.Clear(); // the contact form below is not part of this post
        var unit = await unitAppService.GetAsync(Id);
        await unitAppService.DeleteAsync(Id);
        SetNotice("Units:Deleted", unit.Name);
        return RedirectToPage("Index");
    }

    protected override Task OnInputRejectedAsync() => LoadAsync();

    private async Task LoadAsync()
    {
        Unit = await unitAppService.GetAsync(Id);
        var all = await lookups.GetAllUnitsAsync("name");
        Parent = all.FirstOrDefault(u => u.Id == Unit.ParentId);
        Children = all.Where(u => u.ParentId == Id).ToList();
        Area = Unit.AdministrativeAreaId is { } areaId ? await areaAppService.GetAsync(areaId) : null;
        CanCreate = await IsGrantedAsync(OrganizationPermissions.Units.Create);
        CanUpdate = await IsGrantedAsync(OrganizationPermissions.Units.Update);
        CanDelete = await IsGrantedAsync(OrganizationPermissions.Units.Delete);
    }
}
