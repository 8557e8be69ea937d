using Humanitarian.Beneficiaries.Verifications;
using Humanitarian.Framework.Domain;
using Humanitarian.Framework.MultiTenancy;

namespace Humanitarian.Beneficiaries.Entities;

/// <summary>
/// One sampled delivery of a <see cref="DeliveryVerification"/>. What the delivery was (its date, value,
/// sponsorship, address) is kept as drawn, so a later correction of the delivery does not change what
/// was verified.
/// </summary>
public sealed class DeliveryVerificationItem : Entity<Guid>, IInheritedByLegalHeir
{
    public Guid? TenantId { get; set; }
    public Guid DeliveryVerificationId { get; private set; }
    public Guid SupportDeliveryId { get; private set; }
    public Guid SponsorshipId { get; private set; }
    public Guid HumanitarianAddressId { get; private set; }
    public DateOnly DeliveryDate { get; private set; }
    public long DeliveredValue { get; private set; }
    public VerificationOutcome Outcome { get; private set; }
    public long? AmountReceived { get; private set; }
    public string? Note { get; private set; }
    public Guid? VerifiedBy { get; private set; }
    public DateTime? VerificationTime { get; private set; }

    private DeliveryVerificationItem() { }

    internal DeliveryVerificationItem(Guid id, Guid verificationId, DeliveryToSample delivery) : base(id)
    {
        DeliveryVerificationId = verificationId;
        (SupportDeliveryId, SponsorshipId, HumanitarianAddressId, DeliveryDate, DeliveredValue) =
            (delivery.DeliveryId, delivery.SponsorshipId, delivery.HumanitarianAddressId, delivery.Date, delivery.Value);
    }

    /// <summary>Through <see cref="DeliveryVerification.Record"/>, which checks the outcome and keeps the round's count.</summary>
    internal void Record(VerificationOutcome outcome, long? amountReceived, string? note, Guid? verifiedBy, DateTime time) =>
        (Outcome, AmountReceived, Note, VerifiedBy, VerificationTime) = (outcome, amountReceived, note, verifiedBy, time);
}
