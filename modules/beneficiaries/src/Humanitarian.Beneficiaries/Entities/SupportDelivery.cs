using Humanitarian.Beneficiaries.Sponsorships;
using Humanitarian.Framework.Domain;
using Humanitarian.Framework.MultiTenancy;

namespace Humanitarian.Beneficiaries.Entities;

/// <summary>
/// Support actually given under a sponsorship. The address is kept beside the sponsorship so that the
/// figures (addresses helped in a period) need no join, and a merge of two addresses moves it too.
/// </summary>
public sealed class SupportDelivery : FullAuditedAggregateRoot<Guid>, IMultiTenant
{
    public Guid? TenantId { get; set; }
    public Guid SponsorshipId { get; private set; }
    public Guid HumanitarianAddressId { get; private set; }
    public DateOnly Date { get; private set; }
    public DeliveryKind Kind { get; private set; }
    public long Value { get; private set; }
    public string? Description { get; private set; }

    private SupportDelivery() { }

    /// <summary>Made by <see cref="Sponsorship"/>'s rules: see <c>SupportDeliveryManager</c>.</summary>
    internal SupportDelivery(Guid id, Sponsorship sponsorship, DateOnly date, DeliveryKind kind, long value, string? description) : base(id)
    {
        (SponsorshipId, HumanitarianAddressId, Date, Kind, Value) = (sponsorship.Id, sponsorship.HumanitarianAddressId, date, kind, value);
        Description = string.IsNullOrWhiteSpace(description) ? null : description.Trim();
    }

    /// <summary>Follows its sponsorship when the address was a duplicate merged into another.</summary>
    internal void MoveTo(Guid addressId) => HumanitarianAddressId = addressId;
}
