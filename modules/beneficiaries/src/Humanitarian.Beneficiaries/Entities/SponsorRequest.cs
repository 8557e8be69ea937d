using Humanitarian.Beneficiaries.SponsorRequests;
using Humanitarian.Framework.AspNetCore.Mvc.UI;
using Humanitarian.Framework.Domain;
using Humanitarian.Framework.MultiTenancy;
using Humanitarian.Framework.Text;

namespace Humanitarian.Beneficiaries.Entities;

/// <summary>
/// Someone who saw a need in the public catalogue wants to sponsor it; the chapter approves (a sponsorship
/// is made) or declines. The requester's contact details are personal data kept with their consent
/// (Decree 13/2023/NĐ-CP): out of the entity-change audit log, which more people read than may see them.
/// </summary>
public sealed class SponsorRequest : FullAuditedAggregateRoot<Guid>, IMultiTenant
{
    public Guid? TenantId { get; set; }
    public Guid HumanitarianAddressId { get; private set; }

    [DisableAuditing]
    public string RequesterName { get; private set; } = "";

    /// <summary>Case and marks folded, for the staff list's search.</summary>
    [DisableAuditing]
    public string NormalizedRequesterName { get; private set; } = "";

    [DisableAuditing]
    public string? Organisation { get; private set; }

    [DisableAuditing]
    public string? Phone { get; private set; }

    [DisableAuditing]
    public string? Email { get; private set; }

    public long MonthlyValue { get; private set; }

    /// <summary>The first day of the month support would start.</summary>
    public DateOnly StartMonth { get; private set; }

    [DisableAuditing]
    public string? Message { get; private set; }

    /// <summary>When the requester consented to the chapter keeping and using their contact details.</summary>
    public DateTime ContactConsentTime { get; private set; }

    public SponsorRequestStatus Status { get; private set; }
    public DateTime? DecisionTime { get; private set; }
    public Guid? DeciderId { get; private set; }
    public string? DeclineReason { get; private set; }
    public Guid? SponsorshipId { get; private set; }

    private SponsorRequest() { }

    /// <param name="floor">The tenant's least monthly value, as for a sponsorship.</param>
    /// <param name="today">The calendar day in Việt Nam: the month asked for may not have passed.</param>
    /// <param name="now">When the consent was given (UTC).</param>
    public SponsorRequest(Guid id, Guid tenantId, Guid addressId, string? requesterName, string? organisation, string? phone, string? email,
        long monthlyValue, long floor, DateOnly startMonth, DateOnly today, string? message, bool consentToContact, DateTime now) : base(id)
    {
        RequesterName = requesterName?.Trim() ?? "";
        if (RequesterName.Length == 0)
        {
            throw new BusinessException(BeneficiariesErrorCodes.SponsorRequestNeedsName).WithMember(nameof(RequesterName));
        }
        (Phone, Email) = (Blank(phone), Blank(email));
        if (Phone is null && Email is null)
        {
            throw new BusinessException(BeneficiariesErrorCodes.SponsorRequestNeedsContact).WithMember(nameof(Phone)).WithMember(nameof(Email));
        }
        if (monthlyValue < floor)
        {
            throw new BusinessException(BeneficiariesErrorCodes.BelowMonthlyFloor).WithData("floor", Vnd.Format(floor)).WithMember(nameof(MonthlyValue));
        }
        StartMonth = new DateOnly(startMonth.Year, startMonth.Month, 1);
        if (StartMonth < new DateOnly(today.Year, today.Month, 1))
        {
            throw new BusinessException(BeneficiariesErrorCodes.SponsorRequestStartInPast).WithMember(nameof(StartMonth));
        }
        // Without it the chapter may not keep the details it needs to answer: no consent, no request.
        if (!consentToContact)
        {
            throw new BusinessException(BeneficiariesErrorCodes.SponsorRequestNeedsConsent).WithMember("ConsentToContact");
        }
        (TenantId, HumanitarianAddressId, MonthlyValue, ContactConsentTime) = (tenantId, addressId, monthlyValue, now);
        Organisation = Blank(organisation);
        Message = Blank(message);
        NormalizedRequesterName = SearchText.Normalize(RequesterName);
        Status = SponsorRequestStatus.Pending;
    }

    /// <summary>How the sponsorship an approval makes names its sponsor.</summary>
    public string SponsorName => Organisation is null ? RequesterName : $"{RequesterName} ({Organisation})";

    /// <summary>The sponsorship's first day by default: the month asked for, or today once that month has begun.</summary>
    public DateOnly DefaultStartDate(DateOnly today) => StartMonth > today ? StartMonth : today;

    public void Approve(Guid sponsorshipId, Guid? deciderId, DateTime now)
    {
        EnsurePending();
        (Status, SponsorshipId, DeciderId, DecisionTime) = (SponsorRequestStatus.Approved, sponsorshipId, deciderId, now);
    }

    public void Decline(string? reason, Guid? deciderId, DateTime now)
    {
        EnsurePending();
        DeclineReason = Blank(reason) ?? throw new BusinessException(BeneficiariesErrorCodes.SponsorRequestNeedsReason).WithMember("Reason");
        (Status, DeciderId, DecisionTime) = (SponsorRequestStatus.Declined, deciderId, now);
    }

    /// <summary>A decision is final: approving twice would make two sponsorships, declining an approved one would orphan its sponsorship.</summary>
    /// <summary>The address was a duplicate merged into <paramref name="addressId"/>: the offer is for that person still.</summary>
    internal void MoveTo(Guid addressId) => HumanitarianAddressId = addressId;

    public void EnsurePending()
    {
        if (Status != SponsorRequestStatus.Pending)
        {
            throw new BusinessException(BeneficiariesErrorCodes.SponsorRequestAlreadyDecided);
        }
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
