namespace Humanitarian.Campaigns.Reminders;

/// <summary>
/// Something a unit owes by a day that another module keeps (Fundraising: a pledge the unit collects).
/// </summary>
/// <param name="SubjectId">The record's id: with the step, the day and the address, what makes a reminder unique.</param>
/// <param name="Title">What is owed, as the e-mail's subject names it.</param>
/// <param name="Context">What it belongs to (a fund), named after the title.</param>
/// <param name="LinkPath">The app's page for it, from the site's root.</param>
public sealed record UnitDue(Guid SubjectId, Guid UnitId, string Title, string Context, DateOnly DueDate, string LinkPath);

/// <summary>
/// Implemented by a module whose dues the reminder policy also covers: each run (daily, or started by an
/// admin) asks every source, in the tenant it runs for, and reminds the unit's contacts of them as of a
/// task — same steps, same recipients, same outbox.
/// </summary>
public interface IUnitDueSource
{
    /// <returns>The current tenant's own dues still owed, due on or before <paramref name="lastDueDate"/>, texts in the current culture.</returns>
    Task<IReadOnlyList<UnitDue>> GetOwedAsync(DateOnly lastDueDate);
}
