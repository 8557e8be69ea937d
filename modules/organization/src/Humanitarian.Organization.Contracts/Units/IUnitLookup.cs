namespace Humanitarian.Organization.Units;

/// <summary>Integration service: lets the host and other modules check the unit ids they are given and name them.</summary>
public interface IUnitLookup
{
    /// <returns>True when the unit exists (and is not deleted) in the current tenant.</returns>
    Task<bool> ExistsAsync(Guid unitId);

    /// <returns>The name of each of <paramref name="unitIds"/> that exists in the current tenant; the others are missing.</returns>
    Task<IReadOnlyDictionary<Guid, string>> GetNamesAsync(IEnumerable<Guid> unitIds);

    /// <returns>The code of each of <paramref name="unitIds"/> that exists in the current tenant: how a sheet names a unit.</returns>
    Task<IReadOnlyDictionary<Guid, string>> GetCodesAsync(IEnumerable<Guid> unitIds);

    /// <returns>The id of each of <paramref name="codes"/> that names a unit of the current tenant (demo data names units by code).</returns>
    Task<IReadOnlyDictionary<string, Guid>> GetIdsByCodeAsync(IEnumerable<string> codes);

    /// <returns>
    /// The contacts of each of <paramref name="unitIds"/> that receive reminders and have an e-mail address
    /// (units without any are left out): who a deadline reminder goes to.
    /// </returns>
    Task<IReadOnlyDictionary<Guid, IReadOnlyList<ReminderRecipient>>> GetReminderRecipientsAsync(IEnumerable<Guid> unitIds);
}

/// <summary>Someone a reminder is addressed to: a unit's contact, a committee member, an admin.</summary>
public sealed record ReminderRecipient(string Name, string Email);
