using Humanitarian.Beneficiaries.Permissions;
using Humanitarian.Beneficiaries.Sponsorships;
using Humanitarian.Framework.MultiTenancy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Humanitarian.Beneficiaries.Pages.Beneficiaries.Settings;

/// <summary>
/// "Mức hỗ trợ tối thiểu": the floor every sponsorship of the tenant must reach, beside the national one it
/// inherits or raises (the host edits the national one).
/// </summary>
[Authorize(BeneficiariesPermissions.Settings)]
public sealed class IndexModel(ISponsorshipSettingsAppService settings, ICurrentTenant currentTenant) : BeneficiariesPageModel
{
    [BindProperty]
    public UpdateSponsorshipSettingsDto Input { get; set; } = new();

    public SponsorshipSettingsDto Current { get; private set; } = new();
    public bool IsHost => currentTenant.Id is null;

    protected override string FieldLabelKey(string propertyName) => "SponsorshipSettings:" + propertyName;

    public async Task OnGetAsync()
    {
        Current = await settings.GetAsync();
        Input = new UpdateSponsorshipSettingsDto { MinimumMonthlyValue = Current.MinimumMonthlyValue };
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            Current = await settings.GetAsync();
            return Page();
        }
        await settings.UpdateAsync(Input);
        SetNotice("SponsorshipSettings:Saved");
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostResetAsync()
    {
        ModelState.Clear(); // the reset form sends no input
        await settings.ResetAsync();
        SetNotice("SponsorshipSettings:ResetDone");
        return RedirectToPage();
    }

    protected override async Task OnInputRejectedAsync() => Current = await settings.GetAsync();
}
