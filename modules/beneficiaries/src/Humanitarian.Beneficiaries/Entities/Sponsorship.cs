using System.Linq.Expressions;
using Humanitarian.Beneficiaries.Addresses;
using Humanitarian.Beneficiaries.Sponsorships;
using Humanitarian.Framework.AspNetCore.Mvc.UI;
using Humanitarian.Framework.Domain;
using Humanitarian.Framework.MultiTenancy;
using Humanitarian.Framework.Text;
using Humanitarian.Beneficiaries.Domain;

namespace Humanitarian.Beneficiaries.Entities;

/// <summary>
/// A sponsor's commitment to a humanitarian address (source 001: at least 300,000 VND a month). It keeps
/// the value of its deliveries so that falling behind — a committed month ended without its value given —
/// is a plain comparison of <see cref="NextDueDate"/> with today, in a list filter as on a page.
/// </summary>
public sealed class Sponsorship : FullAuditedAggregateRoot<Guid>, IMultiTenant
{
    // A commitment without an end still has a horizon for its due date: a century of months.
    private const long MaxMonths = 1200;

    public Guid? TenantId { get; set; }
    public Guid HumanitarianAddressId { get; private set; }
    public SponsorKind SponsorKind { get; private set; }
    public Guid? SponsorId { get; private set; }
    public string SponsorName { get; private set; } = "";

    /// <summary>Case and marks folded, for search and for telling two <c>Other</c> sponsors apart.</summary>
    public string NormalizedSponsorName { get; private set; } = "";

    public SupportKind Kind { get; private set; }

    /// <summary>One bit per <see cref="AddressNeed"/>; none is general support.</summary>
    public int Needs { get; private set; }

    public long MonthlyValue { get; private set; }
    public DateOnly StartDate { get; private set; }
    public DateOnly? EndDate { get; private set; }
    public string? Note { get; private set; }
    public long DeliveredValue { get; private set; }

    /// <summary>When the first month not yet covered by deliveries ends; null when the whole term is covered.</summary>
    public DateOnly? NextDueDate { get; private set; }

    private Sponsorship() { }

    /// <param name="sponsorName">The unit's or member's name as Organization has it, or as typed for <see cref="SponsorKind.Other"/>.</param>
    public Sponsorship(Guid id, Guid addressId, SponsorKind sponsorKind, Guid? sponsorId, string? sponsorName) : base(id)
    {
        if (sponsorKind != SponsorKind.Other && sponsorId is null)
        {
            throw new BusinessException(BeneficiariesErrorCodes.SponsorNeedsId).WithMember("SponsorId");
        }
        SponsorName = sponsorName?.Trim() ?? "";
        if (SponsorName.Length == 0)
        {
            throw new BusinessException(BeneficiariesErrorCodes.SponsorNeedsName).WithMember("SponsorName");
        }
        (HumanitarianAddressId, SponsorKind, SponsorId) = (addressId, sponsorKind, sponsorKind == SponsorKind.Other ? null : sponsorId);
        NormalizedSponsorName = SearchText.Normalize(SponsorName);
    }

    /// <summary>Its donor sponsor was found twice and merged in Fundraising: the commitment is the kept donor's.</summary>
    public void MoveToDonor(Guid keptDonorId, string keptName)
    {
        (SponsorId, SponsorName) = (keptDonorId, keptName);
        NormalizedSponsorName = SearchText.Normalize(keptName);
    }

    /// <param name="floor">The tenant's least monthly value.</param>
    public void Commit(SupportKind kind, IEnumerable<AddressNeed> needs, long monthlyValue, long floor, DateOnly start, DateOnly? end, string? note)
    {
        if (monthlyValue < floor)
        {
            throw new BusinessException(BeneficiariesErrorCodes.BelowMonthlyFloor).WithData("floor", Vnd.Format(floor)).WithMember("MonthlyValue");
        }
        if (end < start)
        {
            throw new BusinessException(BeneficiariesErrorCodes.EndBeforeStart).WithMember("EndDate");
        }
        (Kind, MonthlyValue, StartDate, EndDate) = (kind, monthlyValue, start, end);
        Needs = EnumBits.Of(needs);
        Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        ComputeNextDueDate();
    }

    public IReadOnlyList<AddressNeed> NeedList() => EnumBits.List<AddressNeed>(Needs);

    /// <summary>Records support given under this commitment: of a kind it committed to, within its period, not ahead of time.</summary>
    /// <param name="today">The calendar day in Việt Nam.</param>
    public SupportDelivery Deliver(Guid deliveryId, DateOnly date, DeliveryKind kind, long value, string? description, DateOnly today)
    {
        if (Kind != SupportKind.Both && Kind != (kind == DeliveryKind.Cash ? SupportKind.Cash : SupportKind.Goods))
        {
            throw new BusinessException(BeneficiariesErrorCodes.DeliveryKindNotCommitted).WithMember("Kind");
        }
        if (date > today)
        {
            throw new BusinessException(BeneficiariesErrorCodes.DeliveryDateInFuture).WithMember("Date");
        }
        if (date < StartDate || date > EndDate)
        {
            throw new BusinessException(BeneficiariesErrorCodes.DeliveryOutsidePeriod).WithMember("Date");
        }
        Count(value);
        return new SupportDelivery(deliveryId, this, date, kind, value, description);
    }

    /// <summary>A delivery recorded by mistake no longer counts.</summary>
    public void Withdraw(SupportDelivery delivery)
    {
        if (delivery.SponsorshipId != Id)
        {
            throw new InvalidOperationException("The delivery is another sponsorship's.");
        }
        Count(-delivery.Value);
    }

    private void Count(long value)
    {
        DeliveredValue += value;
        ComputeNextDueDate();
    }

    /// <summary>The address it helps was a duplicate merged into <paramref name="addressId"/>: the commitment follows the person.</summary>
    internal void MoveTo(Guid addressId) => HumanitarianAddressId = addressId;

    public bool IsActiveOn(DateOnly day) => StartDate <= day && (EndDate is null || EndDate >= day);

    /// <summary><see cref="IsActiveOn"/> in a query.</summary>
    public static Expression<Func<Sponsorship, bool>> ActiveOn(DateOnly day) => s => s.StartDate <= day && (s.EndDate == null || s.EndDate >= day);

    /// <summary>
    /// Not ended by <paramref name="day"/>, one starting later included: a commitment that can still
    /// overlap another, and that takes its address off the public catalogue.
    /// </summary>
    public static Expression<Func<Sponsorship, bool>> NotEndedBy(DateOnly day) => s => s.EndDate == null || s.EndDate >= day;

    public bool IsBehindOn(DateOnly day) => NextDueDate <= day;

    /// <summary>
    /// Support that overlaps: the same address, another sponsor, periods that meet and have not ended by
    /// <paramref name="today"/>, and a need in common (general support has every need).
    /// </summary>
    public bool Overlaps(Sponsorship other, DateOnly today) =>
        other.Id != Id && other.HumanitarianAddressId == HumanitarianAddressId && !IsSameSponsor(other)
        && (EndDate is null || EndDate >= today) && (other.EndDate is null || other.EndDate >= today)
        && (other.EndDate is null || StartDate <= other.EndDate) && (EndDate is null || other.StartDate <= EndDate)
        && (Needs == 0 || other.Needs == 0 || (Needs & other.Needs) != 0);

    private bool IsSameSponsor(Sponsorship other) =>
        SponsorKind == other.SponsorKind
        && (SponsorKind == SponsorKind.Other ? NormalizedSponsorName == other.NormalizedSponsorName : SponsorId == other.SponsorId);

    // Month i of the term runs from StartDate + i months; once it has ended unpaid, the sponsorship is behind.
    private void ComputeNextDueDate()
    {
        var covered = Math.Min(Math.Max(DeliveredValue, 0) / MonthlyValue, MaxMonths);
        var firstUncovered = StartDate.AddMonths((int)covered);
        NextDueDate = EndDate is { } end && firstUncovered > end ? null : firstUncovered.AddMonths(1);
    }
}
