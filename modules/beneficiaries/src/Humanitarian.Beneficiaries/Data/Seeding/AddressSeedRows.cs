using Humanitarian.Beneficiaries.Addresses;
using Humanitarian.Beneficiaries.Sponsorships;

namespace Humanitarian.Beneficiaries.Data.Seeding;

// The rows of seeds/<tenant>/addresses.json (seeds/README.md): Organization's units by code. A sponsor
// is a unit's code, or the name of an "Other" sponsor.

internal sealed record AddressSeed(
    HumanitarianAddressKind Kind, string? FullName, string? Name, Sex? Sex, int? BirthYear, FacilityKind? FacilityKind, int? Capacity,
    string? Commune, string? Address, List<AddressCategory>? Categories, List<AddressNeed>? Needs, string? Circumstances,
    long? MonthlyValueSought, string? SurveyingUnit, DateOnly? SurveyDate, AddressStatus? Status, bool ConsentToShare, bool ConsentToPublish,
    List<SponsorshipSeed>? Sponsorships, List<SponsorRequestSeed>? SponsorRequests);

internal sealed record SponsorshipSeed(
    SponsorKind SponsorKind, string Sponsor, SupportKind Kind, long MonthlyValue, DateOnly StartDate, DateOnly? EndDate, List<AddressNeed>? Needs,
    string? Note, List<DeliverySeed>? Deliveries);

/// <summary>A pending public "I want to sponsor" request, starting next month: the staff's list is not empty after start.</summary>
internal sealed record SponsorRequestSeed(string RequesterName, string? Organisation, string? Phone, string? Email, long MonthlyValue, string? Message);

internal sealed record DeliverySeed(DateOnly Date, DeliveryKind Kind, long Value, string? Description);
