using Humanitarian.Campaigns.Domain.Reminders;
using Humanitarian.Campaigns.Permissions;
using Humanitarian.Campaigns.Reminders;
using Humanitarian.Framework.MultiTenancy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Humanitarian.Campaigns.Pages.Campaigns.Reminders;

/// <summary>
/// "Cài đặt nhắc hạn": the tenant's reminder policy beside the national defaults it inherits (the host
/// edits those defaults), the schedule the values give in words, and a button to run the reminders now.
/// </summary>
[Authorize(CampaignsPermissions.Reminders.Settings)]
public sealed class SettingsModel(IReminderSettingsAppService settings, ICurrentTenant currentTenant) : CampaignsPageModel
{
    [BindProperty]
    public UpdateReminderSettingsDto Input { get; set; } = new();

    public ReminderSettingsDto Current { get; private set; } = new();
    public bool IsHost => currentTenant.Id is null;
    public bool CanRun { get; private set; }

    protected override string FieldLabelKey(string propertyName) => "ReminderSettings:" + propertyName;

    public async Task OnGetAsync()
    {
        await LoadAsync();
        Input = new UpdateReminderSettingsDto
        {
            IsEnabled = Current.IsEnabled, FirstNoticeDays = Current.FirstNoticeDays, LastNoticeDays = Current.LastNoticeDays,
            RepeatEveryDays = Current.RepeatEveryDays, EscalateAfterDays = Current.EscalateAfterDays,
        };
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            await LoadAsync();
            return Page();
        }
        await settings.UpdateAsync(Input);
        SetNotice("ReminderSettings:Saved");
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostResetAsync()
    {
        ModelState.Clear(); // the reset form sends no input
        await settings.ResetAsync();
        SetNotice("ReminderSettings:ResetDone");
        return RedirectToPage();
    }

    /// <summary>The days a task due on day 0 is reminded on with <paramref name="values"/>, in words: what the numbers mean.</summary>
    public string Schedule(ReminderPolicySettingsDto values)
    {
        var policy = new ReminderPolicy(values.FirstNoticeDays, values.LastNoticeDays, values.RepeatEveryDays, values.EscalateAfterDays);
        if (!policy.IsValid)
        {
            return "";
        }
        var due = new DateOnly(2000, 1, 1);
        var steps = Enumerable.Range(-policy.FirstNoticeDays, policy.FirstNoticeDays + 1 + Math.Max(policy.EscalateAfterDays + policy.RepeatEveryDays, 10))
            .Select(day => policy.LatestDue(due, due.AddDays(day)))
            .OfType<ScheduledReminder>().Distinct()
            .Select(s => (Day: s.ScheduledDate.DayNumber - due.DayNumber, s.Step))
            .Select(s => s.Day < 0 ? L["ReminderSettings:DayBefore", -s.Day].Value
                : s.Day == 0 ? L["ReminderSettings:DueDay"].Value
                : s.Step == ReminderStep.Escalation ? L["ReminderSettings:DayAfterEscalated", s.Day].Value
                : L["ReminderSettings:DayAfter", s.Day].Value);
        return string.Join(", ", steps) + " …";
    }

    protected override Task OnInputRejectedAsync() => LoadAsync();

    private async Task LoadAsync()
    {
        Current = await settings.GetAsync();
        CanRun = await IsGrantedAsync(CampaignsPermissions.Reminders.Run);
    }
}
