using Humanitarian.Framework.Application;

namespace Humanitarian.Web.Identity.Sessions;

public sealed class IdentitySessionDto : EntityDto<Guid>
{
    public Guid UserId { get; set; }
    public string? UserName { get; set; }
    public Guid? TenantId { get; set; }
    public string Device { get; set; } = "";
    public string? DeviceInfo { get; set; }
    public string? ClientId { get; set; }
    public IReadOnlyList<string> IpAddresses { get; set; } = [];
    public DateTime SignedIn { get; set; }
    public DateTime? LastAccessed { get; set; }

    /// <summary>The session the caller is using right now.</summary>
    public bool IsCurrent { get; set; }
}

public sealed class GetIdentitySessionListInput : PagedAndSortedResultRequestDto
{
    public Guid? UserId { get; set; }
    public string? Device { get; set; }
    public string? ClientId { get; set; }
}
