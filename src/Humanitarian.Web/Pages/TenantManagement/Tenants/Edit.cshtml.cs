using Humanitarian.Web.Authorization;
using Humanitarian.Web.MultiTenancy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Humanitarian.Web.Pages.TenantManagement.Tenants;

/// <summary>Edits a tenant's name shown to users, its place in the tree, its level and whether it is active.</summary>
[Authorize(TenantManagementPermissions.Tenants.Update)]
public sealed class EditModel(ITenantAppService tenantAppService, TenantStore tenantStore) : HumanitarianPageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public TenantUpdateDto Input { get; set; } = new();

    public List<SelectListItem> Parents { get; private set; } = [];
    public List<SelectListItem> Levels { get; private set; } = [];

    protected override string FieldLabelKey(string propertyName) => "Tenant:" + propertyName;

    public async Task OnGetAsync()
    {
        var tenant = await tenantAppService.GetAsync(Id);
        Input = new TenantUpdateDto
        {
            Name = tenant.Name,
            DisplayName = tenant.DisplayName,
            ParentId = tenant.ParentId,
            Level = tenant.Level,
            IsActive = tenant.IsActive,
            ConcurrencyStamp = tenant.ConcurrencyStamp,
        };
        await LoadAsync();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            await LoadAsync();
            return Page();
        }
        var tenant = await tenantAppService.UpdateAsync(Id, Input);
        SetNotice("Tenants:Updated", tenant.DisplayName);
        return RedirectToPage("Index");
    }

    protected override Task OnInputRejectedAsync() => LoadAsync();

    private async Task LoadAsync()
    {
        Parents = await TenantFormOptions.ParentsAsync(tenantStore, Id, Input.ParentId);
        Levels = TenantFormOptions.Levels(LevelName, Input.Level);
    }
}
