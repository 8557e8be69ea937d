using Humanitarian.Web.Authorization;
using Humanitarian.Web.MultiTenancy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Humanitarian.Web.Pages.TenantManagement.Tenants;

/// <summary>A new province, city or district, with its first administrator.</summary>
[Authorize(TenantManagementPermissions.Tenants.Create)]
public sealed class CreateModel(ITenantAppService tenantAppService, TenantStore tenantStore) : HumanitarianPageModel
{
    [BindProperty]
    public TenantCreateDto Input { get; set; } = new();

    public List<SelectListItem> Parents { get; private set; } = [];
    public List<SelectListItem> Levels { get; private set; } = [];

    protected override string FieldLabelKey(string propertyName) => "Tenant:" + propertyName;

    // Provisioning the administrator reports Identity's refusals under "password" / "userName".
    protected override IReadOnlyDictionary<string, string> MemberAliases { get; } = new Dictionary<string, string>
    {
        ["password"] = nameof(TenantCreateDto.AdminPassword),
        ["email"] = nameof(TenantCreateDto.AdminEmailAddress),
        ["userName"] = "",
    };

    public async Task OnGetAsync(Guid? parentId)
    {
        Input.ParentId = parentId;
        if (parentId is { } id && await tenantStore.FindAsync(id) is { } parent)
        {
            Input.Level = parent.Level == Framework.MultiTenancy.TenantLevel.Province
                ? Framework.MultiTenancy.TenantLevel.District
                : Framework.MultiTenancy.TenantLevel.Commune;
        }
        await LoadAsync();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            await LoadAsync();
            return Page();
        }
        var tenant = await tenantAppService.CreateAsync(Input);
        SetNotice("Tenants:Created", tenant.DisplayName);
        return RedirectToPage("Index");
    }

    protected override Task OnInputRejectedAsync() => LoadAsync();

    private async Task LoadAsync()
    {
        Parents = await TenantFormOptions.ParentsAsync(tenantStore, null, Input.ParentId);
        Levels = TenantFormOptions.Levels(LevelName, Input.Level);
    }
}
