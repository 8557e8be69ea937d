using Humanitarian.Framework.Domain;
using Humanitarian.Framework.MultiTenancy;
using Humanitarian.Fundraising.Disbursements;

namespace Humanitarian.Fundraising.Entities;

/// <summary>What left a fund: to a programme, a unit or a humanitarian address, on a decision.</summary>
public sealed class Disbursement : CreationAuditedAggregateRoot<Guid>, IInheritedByLegalHeir
{
    public Guid? TenantId { get; set; }
    public Guid FundId { get; private set; }
    public DateOnly Date { get; private set; }
    public long Amount { get; private set; }
    public DisbursementKind Kind { get; private set; }
    public string Purpose { get; private set; } = "";
    public Guid? RestrictionId { get; private set; }
    public string? Restriction { get; private set; }
    public DisbursementRecipientKind RecipientKind { get; private set; }
    public Guid? UnitId { get; private set; }
    public Guid? HumanitarianAddressId { get; private set; }
    public Guid? DecisionDocumentId { get; private set; }

    private Disbursement() { }

    /// <param name="recipientId">The unit or the address; none for a programme.</param>
    internal Disbursement(Guid id, Guid fundId, DateOnly date, long amount, DisbursementKind kind, string purpose,
        DisbursementRecipientKind recipientKind, Guid? recipientId, Guid? decisionDocumentId) : base(id)
    {
        if (amount <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(amount), amount, "A disbursement moves money out.");
        }
        if (recipientKind != DisbursementRecipientKind.Programme && recipientId is null)
        {
            throw new BusinessException(FundraisingErrorCodes.RecipientRequired)
                .WithMember(recipientKind == DisbursementRecipientKind.Unit ? nameof(UnitId) : nameof(HumanitarianAddressId));
        }
        (FundId, Date, Amount, Kind, DecisionDocumentId, RecipientKind) = (fundId, date, amount, kind, decisionDocumentId, recipientKind);
        Purpose = string.IsNullOrWhiteSpace(purpose) ? throw new ArgumentException("A purpose is required.", nameof(purpose)) : purpose.Trim();
        UnitId = recipientKind == DisbursementRecipientKind.Unit ? recipientId : null;
        HumanitarianAddressId = recipientKind == DisbursementRecipientKind.HumanitarianAddress ? recipientId : null;
    }

    internal void Restrict(FundRestriction restriction) => (RestrictionId, Restriction) = (restriction.Id, restriction.Name);
}
