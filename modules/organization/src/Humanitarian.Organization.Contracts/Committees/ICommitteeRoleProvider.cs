namespace Humanitarian.Organization.Committees;

/// <summary>
/// The roles a user holds through committee seats: a member linked to a user holds the role of their
/// position while the term includes today (Asia/Ho_Chi_Minh), and loses it when the term ends. Read at
/// sign-in, so no one has to remember to take a role away.
/// </summary>
public interface ICommitteeRoleProvider
{
    /// <returns>Role names (<c>committee-head</c>, <c>standing-deputy</c>, <c>committee-member</c>) in the current tenant.</returns>
    Task<IReadOnlyList<string>> GetCurrentRoleNamesAsync(Guid userId);
}
