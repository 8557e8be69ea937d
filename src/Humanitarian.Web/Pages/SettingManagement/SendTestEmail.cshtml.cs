using Humanitarian.Web.Authorization;
using Humanitarian.Web.SettingManagement;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Humanitarian.Web.Pages.SettingManagement;

/// <summary>
/// Sends a test e-mail at once with the settings in force, so an administrator sees whether they work
/// (or the server's refusal) without waiting for the outbox.
/// </summary>
[Authorize(SettingManagementPermissions.Emailing)]
public sealed class SendTestEmailModel(IEmailSettingsAppService emailSettings) : HumanitarianPageModel
{
    [BindProperty]
    public SendTestEmailInput Input { get; set; } = new();

    protected override string FieldLabelKey(string propertyName) => "TestEmail:" + propertyName;

    public async Task OnGetAsync()
    {
        var settings = await emailSettings.GetAsync();
        Input = new SendTestEmailInput
        {
            SenderEmailAddress = settings.DefaultFromAddress ?? settings.HostDefaultFromAddress ?? "",
            Subject = L["TestEmailSubject"],
            Body = L["TestEmailBody"],
        };
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }
        await emailSettings.SendTestEmailAsync(Input);
        SetNotice("TestEmail:Sent", Input.TargetEmailAddress);
        return RedirectToPage("Emailing");
    }
}
