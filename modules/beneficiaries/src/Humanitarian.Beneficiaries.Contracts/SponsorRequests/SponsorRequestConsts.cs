namespace Humanitarian.Beneficiaries.SponsorRequests;

public static class SponsorRequestConsts
{
    // The sponsorship an approval creates is named "requester (organisation)": both fit its 256 characters.
    public const int MaxRequesterNameLength = 128;
    public const int MaxOrganisationLength = 120;
    public const int MaxPhoneLength = 32;
    public const int MaxEmailLength = 256;
    public const int MaxMessageLength = 2000;
    public const int MaxReasonLength = 1000;

    /// <summary>Digits with an optional leading +, spaces, dots or dashes between them: 0912 345 678, +84 912 345 678.</summary>
    public const string PhonePattern = @"^\+?[0-9][0-9 .\-]{6,18}[0-9]$";

    /// <summary>The rate-limiting policy of the anonymous request (page and API), per client address.</summary>
    public const string RateLimitPolicy = "sponsor-request";
}

/// <summary>Where a public "I want to sponsor" request stands: only a pending one may be decided.</summary>
public enum SponsorRequestStatus
{
    Pending,
    Approved,
    Declined,
}
