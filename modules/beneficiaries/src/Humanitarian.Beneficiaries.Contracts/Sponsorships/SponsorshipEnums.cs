namespace Humanitarian.Beneficiaries.Sponsorships;

/// <summary>Who commits to an address: one of Organization's units or committee members, a Fundraising donor, or anyone else by name.</summary>
public enum SponsorKind
{
    Unit,
    CommitteeMember,
    Donor,
    Other,
}

/// <summary>What a sponsorship gives: money, goods (valued in VND), or both.</summary>
public enum SupportKind
{
    Cash,
    Goods,
    Both,
}

/// <summary>What one support delivery was.</summary>
public enum DeliveryKind
{
    Cash,
    Goods,
}
