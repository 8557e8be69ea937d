using Humanitarian.Framework.Domain;
using Humanitarian.Framework.MultiTenancy;
using Humanitarian.Fundraising.Donations;

namespace Humanitarian.Fundraising.Entities;

/// <summary>
/// A gift received into a fund, with its receipt number. Never changed or deleted: a mistake is
/// cancelled with its reason (the number stays used) and recorded again.
/// </summary>
[AuditCreationWithoutValues]
public sealed class Donation : CreationAuditedAggregateRoot<Guid>, IInheritedByLegalHeir
{
    public Guid? TenantId { get; set; }
    public Guid FundId { get; private set; }
    public Guid? DonorId { get; private set; }
    public DateOnly Date { get; private set; }
    public int ReceiptYear { get; private set; }
    public int ReceiptSequence { get; private set; }

    /// <summary><c>YYYY/NNNNNN</c>; unique per fund.</summary>
    public string ReceiptNumber { get; private set; } = "";

    public DonationKind Kind { get; private set; }
    public long Amount { get; private set; }
    public string? Currency { get; private set; }
    public decimal? ForeignAmount { get; private set; }
    public decimal? ExchangeRate { get; private set; }
    public string? Description { get; private set; }
    public Guid? CollectingUnitId { get; private set; }
    public Guid? CreditedUnitId { get; private set; }
    public Guid? CampaignId { get; private set; }
    public Guid? PledgeId { get; private set; }
    public Guid? RestrictionId { get; private set; }
    public string? Restriction { get; private set; }
    public bool IsCancelled { get; private set; }
    public string? CancellationReason { get; private set; }
    public DateTime? CancellationTime { get; private set; }
    public Guid? CancellerId { get; private set; }

    private Donation() { }

    /// <summary>The caller has checked the references; <c>FundLedger</c> numbers the receipt.</summary>
    internal Donation(Guid id, Guid fundId, Guid? donorId, DateOnly date, DonationAmount amount, string? description,
        (Guid? Collecting, Guid? Credited, Guid? Campaign) attribution) : base(id)
    {
        description = string.IsNullOrWhiteSpace(description) ? null : description.Trim();
        if (amount.Kind == DonationKind.InKind && description is null)
        {
            throw new BusinessException(FundraisingErrorCodes.InKindNeedsDescription).WithMember(nameof(Description));
        }
        (FundId, DonorId, Date, Description) = (fundId, donorId, date, description);
        (Kind, Amount, Currency, ForeignAmount, ExchangeRate) = (amount.Kind, amount.Vnd, amount.Currency, amount.ForeignAmount, amount.ExchangeRate);
        (CollectingUnitId, CreditedUnitId, CampaignId) = attribution;
    }

    /// <summary>Counts it toward the donor's pledge to the same fund.</summary>
    public void Fulfil(Pledge pledge)
    {
        if (pledge.FundId != FundId || pledge.DonorId != DonorId)
        {
            throw new BusinessException(FundraisingErrorCodes.PledgeMismatch).WithMember(nameof(PledgeId));
        }
        PledgeId = pledge.Id;
    }

    /// <summary>The one change a recorded donation takes: its donor found twice and merged; the receipt stays as issued.</summary>
    public void MoveToDonor(Guid keptDonorId) => DonorId = keptDonorId;

    internal void Restrict(FundRestriction restriction) => (RestrictionId, Restriction) = (restriction.Id, restriction.Name);

    internal void Number(int sequence)
    {
        (ReceiptYear, ReceiptSequence) = (Date.Year, sequence);
        ReceiptNumber = $"{Date.Year:D4}/{sequence:D6}";
    }

    public void Cancel(string reason, DateTime now, Guid? cancellerId)
    {
        if (IsCancelled)
        {
            throw new BusinessException(FundraisingErrorCodes.AlreadyCancelled).WithData("receiptNumber", ReceiptNumber);
        }
        CancellationReason = string.IsNullOrWhiteSpace(reason) ? throw new ArgumentException("A reason is required.", nameof(reason)) : reason.Trim();
        (IsCancelled, CancellationTime, CancellerId) = (true, now, cancellerId);
    }
}

/// <summary>What a donation is worth in VND, and how that was fixed at receipt.</summary>
public sealed record DonationAmount(DonationKind Kind, long Vnd, string? Currency, decimal? ForeignAmount, decimal? ExchangeRate)
{
    /// <summary>
    /// Đồng as given, or a foreign amount at the day's rate rounded to the đồng (half away from zero),
    /// fixed now so that a later rate never changes what was received.
    /// </summary>
    public static DonationAmount Of(DonationKind kind, long? vnd, string? currency, decimal? foreignAmount, decimal? exchangeRate)
    {
        currency = string.IsNullOrWhiteSpace(currency) ? null : currency.Trim().ToUpperInvariant();
        if (currency is null or "VND")
        {
            return vnd is > 0 && foreignAmount is null
                ? new DonationAmount(kind, vnd.Value, null, null, null)
                : throw new BusinessException(FundraisingErrorCodes.AmountOrForeignAmount).WithMember("Amount");
        }
        if (foreignAmount is not > 0 || vnd is not null)
        {
            throw new BusinessException(FundraisingErrorCodes.AmountOrForeignAmount).WithMember("ForeignAmount");
        }
        if (exchangeRate is not > 0)
        {
            throw new BusinessException(FundraisingErrorCodes.ForeignAmountNeedsRate).WithMember("ExchangeRate");
        }
        var fixedVnd = decimal.Round(foreignAmount.Value * exchangeRate.Value, 0, MidpointRounding.AwayFromZero);
        return fixedVnd is >= 1 and <= FundraisingConsts.MaxAmount
            ? new DonationAmount(kind, (long)fixedVnd, currency, foreignAmount, exchangeRate)
            : throw new BusinessException(FundraisingErrorCodes.ForeignAmountTooSmall).WithMember("ForeignAmount");
    }
}
