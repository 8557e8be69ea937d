using System.Globalization;
using Humanitarian.Campaigns.Domain.Reminders;
using Humanitarian.Campaigns.Localization;
using Humanitarian.Campaigns.Permissions;
using Humanitarian.Campaigns.Reminders;
using Humanitarian.Framework.Application;
using Humanitarian.Framework.Domain;
using Humanitarian.Framework.MultiTenancy;
using Humanitarian.Framework.Settings;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Humanitarian.Campaigns.Services.Reminders;

/// <summary>
/// The reminder policy's settings: the host sets the national defaults; a tenant sets a policy of its own
/// (all five values together, so it never half-inherits) or goes back to the defaults.
/// </summary>
[Authorize(CampaignsPermissions.Reminders.Settings)]
public sealed class ReminderSettingsAppService(ISettingManager manager, ICurrentTenant currentTenant, IStringLocalizer<CampaignsResource> l)
    : ApplicationService, IReminderSettingsAppService
{
    [HttpGet("api/app/reminder/settings")]
    public async Task<ReminderSettingsDto> GetAsync()
    {
        var national = await ReadAsync(manager.GetOrNullGlobalAsync);
        if (currentTenant.Id is not { } tenantId)
        {
            return Settings(national, isInherited: false, hostDefaults: null);
        }
        var own = await ReadAsync(name => manager.GetOrNullForTenantAsync(name, tenantId));
        return own is null ? Settings(national, isInherited: true, national) : Settings(own, isInherited: false, national);
    }

    [HttpPut("api/app/reminder/settings")]
    public async Task<ReminderSettingsDto> UpdateAsync([FromBody] UpdateReminderSettingsDto input)
    {
        var policy = new ReminderPolicy(input.FirstNoticeDays!.Value, input.LastNoticeDays!.Value, input.RepeatEveryDays!.Value,
            input.EscalateAfterDays!.Value);
        if (!policy.IsValid)
        {
            // The annotations hold each value in range; what is left is their order.
            throw new AbpValidationException(l["ReminderSettings:LastNoticeAfterFirst"], "lastNoticeDays");
        }
        var values = new Dictionary<string, string>
        {
            [ReminderSettingNames.IsEnabled] = input.IsEnabled ? "true" : "false",
            [ReminderSettingNames.FirstNoticeDays] = Text(policy.FirstNoticeDays),
            [ReminderSettingNames.LastNoticeDays] = Text(policy.LastNoticeDays),
            [ReminderSettingNames.RepeatEveryDays] = Text(policy.RepeatEveryDays),
            [ReminderSettingNames.EscalateAfterDays] = Text(policy.EscalateAfterDays),
        };
        foreach (var (name, value) in values)
        {
            await manager.SetAsync(name, value, currentTenant.Id);
        }
        // What was just set, not read back: the values are saved with the request's unit of work.
        var national = currentTenant.Id is null ? null : await ReadAsync(manager.GetOrNullGlobalAsync);
        return Settings((input.IsEnabled, policy), isInherited: false, national);
    }

    [HttpDelete("api/app/reminder/settings")]
    public async Task ResetAsync()
    {
        if (currentTenant.Id is not { } tenantId)
        {
            throw new BusinessException("Campaigns:HostReminderSettingsCannotBeReset", l["ReminderSettings:HostCannotReset"]);
        }
        foreach (var name in ReminderSettings.Names)
        {
            await manager.SetAsync(name, null, tenantId);
        }
    }

    /// <returns>Null when nothing is stored at that level.</returns>
    private static async Task<(bool IsEnabled, ReminderPolicy Policy)?> ReadAsync(Func<string, Task<string?>> read)
    {
        var stored = new Dictionary<string, string?>();
        foreach (var name in ReminderSettings.Names)
        {
            stored[name] = await read(name);
        }
        return stored.Values.All(v => v is null) ? null : await ReminderSettings.ReadAsync(name => Task.FromResult(stored[name]));
    }

    private static ReminderSettingsDto Settings((bool IsEnabled, ReminderPolicy Policy)? values, bool isInherited, (bool, ReminderPolicy)? hostDefaults)
    {
        var (isEnabled, policy) = values ?? (true, new ReminderPolicy());
        return new ReminderSettingsDto
        {
            IsEnabled = isEnabled, FirstNoticeDays = policy.FirstNoticeDays, LastNoticeDays = policy.LastNoticeDays,
            RepeatEveryDays = policy.RepeatEveryDays, EscalateAfterDays = policy.EscalateAfterDays, IsInherited = isInherited,
            HostDefaults = hostDefaults is { } host ? Settings(host, false, null) : null,
        };
    }

    private static string Text(int days) => days.ToString(CultureInfo.InvariantCulture);
}
