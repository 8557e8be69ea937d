namespace Humanitarian.Framework.Users;

/// <summary>The signed-in user of the current request.</summary>
public interface ICurrentUser
{
    bool IsAuthenticated { get; }
    Guid? Id { get; }
    string? UserName { get; }
    Guid? TenantId { get; }
    IReadOnlyList<string> Roles { get; }

    /// <summary>The unit the user belongs to; such a user sees only that unit's subtree.</summary>
    Guid? UnitId { get; }
}

/// <summary>Claim types the framework issues at sign-in.</summary>
public static class AbpClaimTypes
{
    public const string TenantId = "tenantid";
    public const string UnitId = "unitid";

    /// <summary>The server-side session a cookie or token belongs to (ABP's claim name).</summary>
    public const string SessionId = "session_id";
}
