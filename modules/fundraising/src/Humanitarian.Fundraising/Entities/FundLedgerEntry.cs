using Humanitarian.Framework.Domain;
using Humanitarian.Framework.MultiTenancy;
using Humanitarian.Fundraising.Funds;

namespace Humanitarian.Fundraising.Entities;

/// <summary>
/// One movement of a fund's money, never changed or deleted: the fund's balance is the sum of its
/// entries, a restriction's the sum of the entries naming it.
/// </summary>
[AuditCreationWithoutValues]
public sealed class FundLedgerEntry : CreationAuditedEntity<Guid>, IInheritedByLegalHeir
{
    public Guid? TenantId { get; set; }
    public Guid FundId { get; private set; }
    public DateOnly Date { get; private set; }
    public LedgerEntryKind Kind { get; private set; }

    /// <summary>Signed: what it added to the balance.</summary>
    public long Amount { get; private set; }

    public Guid? RestrictionId { get; private set; }
    public Guid? DonationId { get; private set; }
    public Guid? DisbursementId { get; private set; }

    private FundLedgerEntry() { }

    internal FundLedgerEntry(Guid id, Guid fundId, DateOnly date, LedgerEntryKind kind, long amount, Guid? restrictionId,
        Guid? donationId, Guid? disbursementId) : base(id)
    {
        var expectedSign = kind == LedgerEntryKind.Donation ? 1 : -1;
        if (amount == 0 || Math.Sign(amount) != expectedSign)
        {
            throw new ArgumentOutOfRangeException(nameof(amount), amount, $"A {kind} entry moves money {(expectedSign > 0 ? "in" : "out")}.");
        }
        (FundId, Date, Kind, Amount, RestrictionId, DonationId, DisbursementId) = (fundId, date, kind, amount, restrictionId, donationId, disbursementId);
    }
}
