using Humanitarian.Beneficiaries.Addresses;
using Humanitarian.Beneficiaries.Entities;

namespace Humanitarian.Beneficiaries.Services.Addresses;

public static class HumanitarianAddressMappings
{
    /// <param name="nationalId">The decrypted number, for a reader allowed sensitive data; null leaves it out.</param>
    /// <param name="withSensitive">Whether HIV/AIDS and health details are shown.</param>
    public static HumanitarianAddressDto ToDto(this HumanitarianAddress a, bool withSensitive, string? nationalId) => new()
    {
        Id = a.Id,
        Kind = a.Kind,
        FullName = a.Name,
        Name = a.Name,
        BirthYear = a.BirthYear,
        DateOfBirth = a.DateOfBirth,
        Sex = a.Sex,
        NationalId = withSensitive ? nationalId : null,
        Phone = a.Phone,
        Address = a.AddressLine,
        Commune = a.Commune,
        CommuneId = a.CommuneId,
        Categories = a.CategoryList(withSensitive),
        Needs = a.NeedList(),
        Circumstances = a.Circumstances,
        HealthDetails = withSensitive ? a.HealthDetails : null,
        MonthlyValueSought = a.MonthlyValueSought,
        FacilityKind = a.FacilityKind,
        Capacity = a.Capacity,
        SurveyingUnitId = a.SurveyingUnitId,
        SurveyDate = a.SurveyDate,
        Status = a.Status,
        ConsentToSurvey = a.SurveyConsent.Given,
        ConsentToShare = a.ShareConsent.Given,
        ConsentToPublish = a.PublishConsent.Given,
        Consents = new[] { ("Survey", a.SurveyConsent), ("Share", a.ShareConsent), ("Publish", a.PublishConsent) }
            .Where(c => c.Item2.RecordedTime is not null)
            .Select(c => new ConsentRecordDto
            {
                Purpose = c.Item1, Given = c.Item2.Given, RecordedTime = c.Item2.RecordedTime!.Value, RecordedBy = c.Item2.RecordedBy,
            })
            .ToList(),
        CreationTime = a.CreationTime,
        CreatorId = a.CreatorId,
        LastModificationTime = a.LastModificationTime,
        LastModifierId = a.LastModifierId,
        ConcurrencyStamp = a.ConcurrencyStamp,
    };

    /// <summary>The record as its edit form starts: what the reader was shown (sensitive fields empty without the permission).</summary>
    public static UpdateHumanitarianAddressDto ToUpdateDto(this HumanitarianAddressDto a) => new()
    {
        Kind = a.Kind,
        FullName = a.FullName,
        BirthYear = a.BirthYear,
        DateOfBirth = a.DateOfBirth,
        Sex = a.Sex,
        NationalId = a.NationalId,
        Phone = a.Phone,
        Address = a.Address,
        Commune = a.Commune,
        Categories = [.. a.Categories],
        Needs = [.. a.Needs],
        Circumstances = a.Circumstances,
        HealthDetails = a.HealthDetails,
        MonthlyValueSought = a.MonthlyValueSought,
        FacilityKind = a.FacilityKind,
        Capacity = a.Capacity,
        SurveyingUnitId = a.SurveyingUnitId,
        SurveyDate = a.SurveyDate,
        Status = a.Status,
        ConsentToSurvey = a.ConsentToSurvey,
        ConsentToShare = a.ConsentToShare,
        ConsentToPublish = a.ConsentToPublish,
        ConcurrencyStamp = a.ConcurrencyStamp,
    };
}
