using Humanitarian.Framework.MultiTenancy;
using Humanitarian.Web.Authorization;
using Humanitarian.Web.SettingManagement;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Humanitarian.Web.Pages.SettingManagement;

/// <summary>
/// The e-mail settings of the current tenant (or the national defaults, for the host): what a tenant
/// leaves empty comes from the national level, which the page says beside the field.
/// </summary>
[Authorize(SettingManagementPermissions.Emailing)]
public sealed class EmailingModel(IEmailSettingsAppService emailSettings, ICurrentTenant currentTenant) : HumanitarianPageModel
{
    [BindProperty]
    public UpdateEmailSettingsDto Input { get; set; } = new();

    /// <summary>What is stored now: whether a password is kept, what the national level gives.</summary>
    public EmailSettingsDto Current { get; private set; } = new();

    public bool IsHost => currentTenant.Id is null;

    /// <summary>The host names its server; a tenant only when the host allows tenants their own.</summary>
    public bool ShowsSmtpServer => IsHost || Current.AllowTenantSmtpServer;

    protected override string FieldLabelKey(string propertyName) => "EmailSettings:" + propertyName;

    public async Task OnGetAsync()
    {
        Current = await emailSettings.GetAsync();
        Input = Current.ToUpdateDto();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            await OnInputRejectedAsync();
            return Page();
        }
        await emailSettings.UpdateAsync(Input);
        SetNotice("EmailSettings:Saved");
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostResetAsync()
    {
        await emailSettings.ResetAsync();
        SetNotice("EmailSettings:ResetDone");
        return RedirectToPage();
    }

    protected override async Task OnInputRejectedAsync() => Current = await emailSettings.GetAsync();
}
