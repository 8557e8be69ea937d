using Humanitarian.Beneficiaries.Entities;
using Humanitarian.Beneficiaries.Verifications;

namespace Humanitarian.Beneficiaries.Services.Verifications;

public static class DeliveryVerificationMappings
{
    /// <param name="dto">The list's DTO or the one with items, filled with the round's own figures.</param>
    public static T ToDto<T>(this DeliveryVerification v, T dto) where T : DeliveryVerificationDto
    {
        dto.Id = v.Id;
        dto.Name = v.Name;
        dto.From = v.From;
        dto.To = v.To;
        dto.SamplePercent = v.SamplePercent;
        dto.SampleSize = v.SampleSize;
        dto.PopulationCount = v.PopulationCount;
        dto.SampledCount = v.SampledCount;
        dto.VerifiedCount = v.VerifiedCount;
        dto.CreationTime = v.CreationTime;
        dto.CreatorId = v.CreatorId;
        return dto;
    }

    public static DeliveryVerificationItemDto ToDto(this DeliveryVerificationItem i, string addressName, string sponsorName) => new()
    {
        Id = i.Id,
        SupportDeliveryId = i.SupportDeliveryId,
        SponsorshipId = i.SponsorshipId,
        HumanitarianAddressId = i.HumanitarianAddressId,
        HumanitarianAddressName = addressName,
        SponsorName = sponsorName,
        DeliveryDate = i.DeliveryDate,
        DeliveredValue = i.DeliveredValue,
        Outcome = i.Outcome,
        AmountReceived = i.AmountReceived,
        Note = i.Note,
        VerifiedBy = i.VerifiedBy,
        VerificationTime = i.VerificationTime,
    };
}
