using Humanitarian.Framework.Domain;
using Humanitarian.Framework.MultiTenancy;

namespace Humanitarian.Web.Identity.Sessions;

/// <summary>What signed in: ABP's device names.</summary>
public static class IdentitySessionDevices
{
    /// <summary>A browser with the auth cookie.</summary>
    public const string Web = "Web";

    /// <summary>A script or app with a bearer token from <c>/connect/token</c>.</summary>
    public const string OAuth = "OAuth";
}

/// <summary>
/// One sign-in (cookie or bearer token), kept on the server so that it can be ended: a request whose
/// session row is gone is treated as anonymous (ABP's IdentitySession, table AbpSessions).
/// </summary>
public sealed class IdentitySession : Entity<Guid>, IMultiTenant
{
    public const int MaxDeviceLength = 64;
    public const int MaxDeviceInfoLength = 256;
    public const int MaxClientIdLength = 64;
    public const int MaxIpAddressesLength = 2048;

    public Guid? TenantId { get; set; }
    public Guid UserId { get; private set; }
    public string Device { get; private set; } = "";
    public string? DeviceInfo { get; private set; }
    public string? ClientId { get; private set; }

    /// <summary>The addresses the session was used from, comma-separated, first one first.</summary>
    public string? IpAddresses { get; private set; }

    public DateTime SignedIn { get; private set; }
    public DateTime? LastAccessed { get; private set; }

    private IdentitySession() { }

    public IdentitySession(Guid userId, Guid? tenantId, string device, string? deviceInfo, string? clientId, string? ipAddress, DateTime signedIn)
        : base(Guid.NewGuid())
    {
        UserId = userId;
        TenantId = tenantId;
        Device = device;
        DeviceInfo = Truncate(deviceInfo, MaxDeviceInfoLength);
        ClientId = clientId;
        IpAddresses = Truncate(ipAddress, MaxIpAddressesLength);
        SignedIn = signedIn;
    }

    public void RecordAccess(DateTime time, string? ipAddress)
    {
        if (LastAccessed is null || time > LastAccessed)
        {
            LastAccessed = time;
        }
        if (string.IsNullOrEmpty(ipAddress))
        {
            return;
        }
        var known = IpAddresses?.Split(',') ?? [];
        if (!known.Contains(ipAddress) && (IpAddresses?.Length ?? 0) + ipAddress.Length + 1 <= MaxIpAddressesLength)
        {
            IpAddresses = IpAddresses is null ? ipAddress : IpAddresses + "," + ipAddress;
        }
    }

    private static string? Truncate(string? value, int length) =>
        string.IsNullOrEmpty(value) ? null : value.Length <= length ? value : value[..length];
}
