using System.Security.Cryptography;
using System.Text;
using Humanitarian.Framework.Domain;
using Humanitarian.Framework.MultiTenancy;

namespace Humanitarian.Web.Account;

/// <summary>
/// Failed sign-ins of one user name from one client address in one tenant (table AbpSignInThrottles).
/// Failures lock that address out of that account, not the account itself, so an attacker cannot lock
/// the owner out. Names that do not exist get a row too, so that they answer like real accounts.
/// </summary>
public sealed class SignInThrottle : Entity<string>, IMultiTenant
{
    public const int MaxIdLength = 64;
    public const int MaxUserNameLength = 256;
    public const int MaxClientIpAddressLength = 64;

    public Guid? TenantId { get; set; }

    /// <summary>The normalised user name (as typed, for a name that does not exist).</summary>
    public string UserName { get; private set; } = "";

    public string ClientIpAddress { get; private set; } = "";
    public int FailedCount { get; private set; }
    public DateTime LastFailureTime { get; private set; }
    public DateTime? LockoutEnd { get; private set; }

    private SignInThrottle() { }

    public SignInThrottle(SignInThrottleKey key, DateTime failureTime) : base(key.Id)
    {
        TenantId = key.TenantId;
        UserName = key.UserName.Length <= MaxUserNameLength ? key.UserName : key.UserName[..MaxUserNameLength];
        ClientIpAddress = key.ClientIpAddress;
        FailedCount = 1;
        LastFailureTime = failureTime;
    }
}

/// <summary>
/// Which throttle an attempt counts against. The row's key is a hash of the three parts: a NULL tenant
/// would not collide in a unique index, and user names may be longer than MariaDB's index prefix.
/// </summary>
public sealed record SignInThrottleKey(Guid? TenantId, string UserName, string ClientIpAddress)
{
    public string Id => Convert.ToHexStringLower(SHA256.HashData(
        Encoding.UTF8.GetBytes($"{TenantId?.ToString("N") ?? "host"}\n{UserName}\n{ClientIpAddress}")));
}
