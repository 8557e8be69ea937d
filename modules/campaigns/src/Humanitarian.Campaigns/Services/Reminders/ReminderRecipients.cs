using Humanitarian.Campaigns.Entities;
using Humanitarian.Campaigns.Reminders;
using Humanitarian.Framework.Authorization;
using Humanitarian.Framework.DependencyInjection;
using Humanitarian.Framework.Users;
using Humanitarian.Organization.Committees;
using Humanitarian.Organization.Units;

namespace Humanitarian.Campaigns.Services.Reminders;

/// <summary>
/// Whom a run's reminders go to, looked up once per run: each unit's contacts that receive reminders;
/// for an escalation also the campaign committee's standing deputy and the tenant's admins.
/// </summary>
public sealed class ReminderRecipients(ICommitteeLookup committees, IUnitLookup units, IExternalRoleLookupServiceProvider roles)
    : ITransientDependency
{
    public async Task<ReminderAddresses> ForAsync(IReadOnlyList<DueReminder> due, DateOnly today)
    {
        var unitIds = due.Select(d => d.UnitId).Distinct().ToList();
        var escalated = due.Where(d => d.Scheduled.Step == ReminderStep.Escalation).ToList();
        var deputies = await committees.GetMembersToNotifyAsync(
            escalated.Where(d => d.CommitteeId.HasValue).Select(d => d.CommitteeId!.Value), today, CommitteePosition.StandingDeputy);
        var admins = escalated.Count == 0 ? []
            : (await roles.GetActiveUsersInRoleAsync(DefaultRoleNames.Admin))
                .Where(u => !string.IsNullOrWhiteSpace(u.Email))
                .Select(u => new ReminderRecipient(UserData.DisplayNameOf(u), u.Email!)).ToList();
        return new ReminderAddresses(
            await units.GetNamesAsync(unitIds), await units.GetReminderRecipientsAsync(unitIds), deputies, admins);
    }
}

/// <summary>The addresses of one run, by unit and committee.</summary>
public sealed class ReminderAddresses(
    IReadOnlyDictionary<Guid, string> unitNames,
    IReadOnlyDictionary<Guid, IReadOnlyList<ReminderRecipient>> contacts,
    IReadOnlyDictionary<Guid, IReadOnlyList<ReminderRecipient>> deputies,
    IReadOnlyList<ReminderRecipient> admins)
{
    public string UnitName(Guid unitId) => unitNames.GetValueOrDefault(unitId, "");

    /// <summary>Each address once (a contact who is also an admin gets one e-mail, as the contact).</summary>
    public IEnumerable<(ReminderRecipient Recipient, ReminderRecipientKind Kind)> Of(DueReminder item)
    {
        var all = contacts.GetValueOrDefault(item.UnitId, []).Select(r => (r, ReminderRecipientKind.UnitContact));
        if (item.Scheduled.Step == ReminderStep.Escalation)
        {
            var deputiesOfCommittee = item.CommitteeId is { } committee ? deputies.GetValueOrDefault(committee, []) : [];
            all = all.Concat(deputiesOfCommittee.Select(r => (r, ReminderRecipientKind.StandingDeputy)))
                .Concat(admins.Select(r => (r, ReminderRecipientKind.Admin)));
        }
        return all.DistinctBy(a => Reminder.NormalizeAddress(a.r.Email));
    }
}
