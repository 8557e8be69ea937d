namespace Humanitarian.Framework.Users;

/// <summary>What a module may know of a user account (ABP's IUserData).</summary>
public interface IUserData
{
    Guid Id { get; }
    Guid? TenantId { get; }
    string UserName { get; }
    string? Name { get; }
    string? Surname { get; }
    string? Email { get; }
    bool IsActive { get; }
}

public sealed record UserData(
    Guid Id, Guid? TenantId, string UserName, string? Name, string? Surname, string? Email, bool IsActive) : IUserData
{
    /// <summary>"Surname Name" (Vietnamese order), or the user name when neither is set.</summary>
    public static string DisplayNameOf(IUserData user)
    {
        var fullName = string.Join(' ', new[] { user.Surname, user.Name }.Where(s => !string.IsNullOrWhiteSpace(s)));
        return fullName.Length == 0 ? user.UserName : fullName;
    }
}

/// <summary>
/// ABP's IExternalUserLookupServiceProvider: the users of the current tenant for modules that do not
/// own the identity store (e.g. to link a committee member to an account). The host implements it.
/// </summary>
public interface IExternalUserLookupServiceProvider
{
    Task<IUserData?> FindByIdAsync(Guid id, CancellationToken cancellationToken = default);

    Task<IUserData?> FindByUserNameAsync(string userName, CancellationToken cancellationToken = default);

    /// <param name="filter">Part of the user name, e-mail or name.</param>
    Task<List<IUserData>> SearchAsync(
        string? sorting = null, string? filter = null, int maxResultCount = int.MaxValue, int skipCount = 0,
        CancellationToken cancellationToken = default);

    Task<long> GetCountAsync(string? filter = null, CancellationToken cancellationToken = default);
}
