namespace Humanitarian.Beneficiaries.Sponsorships;

public static class SponsorshipConsts
{
    public const int MaxSponsorNameLength = 256;
    public const int MaxNoteLength = 2000;
    public const int MaxDescriptionLength = 2000;

    /// <summary>The floor when a tenant has not set its own (source 001: at least 300,000 VND a month).</summary>
    public const long DefaultMinimumMonthlyValue = 300_000;

    public const long MaxValue = 1_000_000_000;
}
