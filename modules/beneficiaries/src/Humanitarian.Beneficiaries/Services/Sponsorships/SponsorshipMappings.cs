using Humanitarian.Beneficiaries.Deliveries;
using Humanitarian.Beneficiaries.Entities;
using Humanitarian.Beneficiaries.Sponsorships;

namespace Humanitarian.Beneficiaries.Services.Sponsorships;

public static class SponsorshipMappings
{
    /// <param name="today">The calendar day in Việt Nam, for whether it is active or behind.</param>
    /// <param name="overlapsWith">The other sponsorships it overlaps (see <see cref="Sponsorship.Overlaps"/>).</param>
    public static SponsorshipDto ToDto(this Sponsorship s, string addressName, DateOnly today, IReadOnlyList<Guid> overlapsWith) => new()
    {
        Id = s.Id,
        HumanitarianAddressId = s.HumanitarianAddressId,
        HumanitarianAddressName = addressName,
        SponsorKind = s.SponsorKind,
        SponsorId = s.SponsorId,
        SponsorName = s.SponsorName,
        Kind = s.Kind,
        Needs = s.NeedList(),
        MonthlyValue = s.MonthlyValue,
        StartDate = s.StartDate,
        EndDate = s.EndDate,
        Note = s.Note,
        IsActive = s.IsActiveOn(today),
        DeliveredValue = s.DeliveredValue,
        NextDueDate = s.NextDueDate,
        IsBehind = s.IsBehindOn(today),
        OverlapsWith = overlapsWith,
        CreationTime = s.CreationTime,
        CreatorId = s.CreatorId,
        LastModificationTime = s.LastModificationTime,
        LastModifierId = s.LastModifierId,
        ConcurrencyStamp = s.ConcurrencyStamp,
    };

    public static UpdateSponsorshipDto ToUpdateDto(this SponsorshipDto s) => new()
    {
        Kind = s.Kind,
        Needs = [.. s.Needs],
        MonthlyValue = s.MonthlyValue,
        StartDate = s.StartDate,
        EndDate = s.EndDate,
        Note = s.Note,
        ConcurrencyStamp = s.ConcurrencyStamp,
    };

    public static SupportDeliveryDto ToDto(this SupportDelivery d, string addressName, string sponsorName) => new()
    {
        Id = d.Id,
        SponsorshipId = d.SponsorshipId,
        HumanitarianAddressId = d.HumanitarianAddressId,
        HumanitarianAddressName = addressName,
        SponsorName = sponsorName,
        Date = d.Date,
        Kind = d.Kind,
        Value = d.Value,
        Description = d.Description,
        CreationTime = d.CreationTime,
        CreatorId = d.CreatorId,
    };
}
