using System.Threading.RateLimiting;
using Humanitarian.Framework.DependencyInjection;

namespace Humanitarian.Web.SettingManagement;

/// <summary>
/// At most <see cref="PermitLimit"/> test e-mails per tenant (the host counting as one) in any minute, on
/// each server: the test sends whatever an administrator types to whomever they name, so it must not
/// become a relay for spam. Kept in memory like the sign-in rate limit; every send is also audited.
/// </summary>
public sealed class TestEmailRateLimiter : ISingletonDependency, IDisposable
{
    public const int PermitLimit = 5;

    private readonly PartitionedRateLimiter<Guid?> _limiter = PartitionedRateLimiter.Create<Guid?, Guid>(
        tenantId => RateLimitPartition.GetSlidingWindowLimiter(tenantId ?? Guid.Empty, _ => new SlidingWindowRateLimiterOptions
        {
            PermitLimit = PermitLimit,
            Window = TimeSpan.FromMinutes(1),
            SegmentsPerWindow = 6,
            QueueLimit = 0,
        }));

    /// <returns>False when the tenant has used its test e-mails of the last minute.</returns>
    public bool TryAcquire(Guid? tenantId)
    {
        using var lease = _limiter.AttemptAcquire(tenantId);
        return lease.IsAcquired;
    }

    public void Dispose() => _limiter.Dispose();
}
