using System.Net;
using System.Net.Sockets;
using Humanitarian.Framework.DependencyInjection;
using Humanitarian.Framework.MultiTenancy;
using Humanitarian.Web.Identity;
using Microsoft.AspNetCore.Identity;

namespace Humanitarian.Web.Account;

/// <summary>
/// Checks a user's password in the current tenant; shared by the sign-in page, the login API and the
/// token endpoint. A name that does not exist costs the same hash work and answers the same as a wrong
/// password, including the lockout after five failures, so answers and timings do not tell which names
/// exist. Failures are throttled per (tenant, user name, client address) by <see cref="SignInThrottleStore"/>
/// instead of Identity's account lockout, which let anyone lock anyone out.
/// </summary>
public sealed class SignInService(
    UserManager<AppUser> userManager, SignInManager<AppUser> signInManager, IPasswordHasher<AppUser> passwordHasher,
    SignInThrottleStore throttle, ICurrentTenant currentTenant, IHttpContextAccessor httpContextAccessor, AccountEmails accountEmails)
    : ITransientDependency
{
    /// <summary>A hash of a random password made by the app's own hasher, so verifying against it costs what a real one does.</summary>
    private static string? s_missingUserHash;

    public async Task<(LoginResultType Result, AppUser? User)> CheckAsync(string userNameOrEmail, string password)
    {
        var name = userNameOrEmail.Trim();
        var user = await userManager.FindByNameAsync(name);
        if (user is null && name.Contains('@'))
        {
            user = await userManager.FindByEmailAsync(name);
        }
        var key = new SignInThrottleKey(
            currentTenant.Id, user?.NormalizedUserName ?? userManager.NormalizeName(name), ClientAddress());
        if (await throttle.IsLockedOutAsync(key))
        {
            return (LoginResultType.LockedOut, null);
        }
        if (user is null)
        {
            VerifyAgainstMissingUserHash(password);
            return await FailAsync(key);
        }
        if (!await CheckPasswordAsync(user, password))
        {
            var failed = await FailAsync(key);
            if (failed.Item1 == LoginResultType.LockedOut)
            {
                // The owner hears of it; the caller's answer is the one an unknown name gets.
                await accountEmails.SendLockoutNoticeAsync(user, key.ClientIpAddress);
            }
            return failed;
        }
        await throttle.ResetAsync(key);
        // Only the holder of the right password learns that the account is locked by an administrator or may not sign in.
        if (await userManager.IsLockedOutAsync(user))
        {
            return (LoginResultType.LockedOut, user);
        }
        return (user.IsActive && await signInManager.CanSignInAsync(user) ? LoginResultType.Success : LoginResultType.NotAllowed, user);
    }

    private async Task<(LoginResultType, AppUser?)> FailAsync(SignInThrottleKey key) =>
        (await throttle.RecordFailureAsync(key) ? LoginResultType.LockedOut : LoginResultType.InvalidUserNameOrPassword, null);

    private async Task<bool> CheckPasswordAsync(AppUser user, string password)
    {
        if (user.PasswordHash is null)
        {
            VerifyAgainstMissingUserHash(password);
            return false;
        }
        return await userManager.CheckPasswordAsync(user, password);
    }

    private void VerifyAgainstMissingUserHash(string password)
    {
        var dummy = new AppUser();
        s_missingUserHash ??= passwordHasher.HashPassword(dummy, Guid.NewGuid().ToString());
        passwordHasher.VerifyHashedPassword(dummy, s_missingUserHash, password);
    }

    /// <summary>
    /// The client's address as the forwarded-headers middleware left it; IPv4 clients of a dual-stack
    /// socket as IPv4, and an IPv6 client as its /64 network, which one subscriber usually holds whole.
    /// </summary>
    private string ClientAddress() => httpContextAccessor.HttpContext?.Connection.RemoteIpAddress switch
    {
        { IsIPv4MappedToIPv6: true } mapped => mapped.MapToIPv4().ToString(),
        { AddressFamily: AddressFamily.InterNetworkV6 } v6 => Network64(v6),
        IPAddress address => address.ToString(),
        null => "unknown",
    };

    private static string Network64(IPAddress address)
    {
        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes) + "/64";
    }
}
