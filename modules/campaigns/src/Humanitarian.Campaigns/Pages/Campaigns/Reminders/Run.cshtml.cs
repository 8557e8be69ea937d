using Humanitarian.Campaigns.Permissions;
using Humanitarian.Campaigns.Reminders;
using Humanitarian.Framework.Uow;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Humanitarian.Campaigns.Pages.Campaigns.Reminders;

/// <summary>
/// The settings page's "Chạy nhắc hạn ngay" button: the daily run now. A page of its own because the run
/// commits batch by batch (see ReminderRunner), outside the request's transaction.
/// </summary>
[Authorize(CampaignsPermissions.Reminders.Run)]
[UnitOfWork(isTransactional: false)]
public sealed class RunModel(IReminderAppService reminders) : CampaignsPageModel
{
    public IActionResult OnGet() => RedirectToPage("Settings");

    public async Task<IActionResult> OnPostAsync()
    {
        SetNotice("ReminderSettings:RunDone", (await reminders.RunAsync()).Queued);
        return RedirectToPage("Settings");
    }
}
