using Humanitarian.Fundraising.Disbursements;
using Humanitarian.Fundraising.Donations;
using Humanitarian.Fundraising.Donors;

namespace Humanitarian.Fundraising.Data.Seeding;

// seeds/<tenant>/fundraising.json: funds, donors and what was given, promised and spent, by name and code.

internal sealed record FundraisingSeed(
    List<FundSeed> Funds, List<DonorSeed> Donors, List<DonationSeed> Donations, List<PledgeSeed> Pledges, List<DisbursementSeed> Disbursements);

internal sealed record FundSeed(string Code, string Name, string? Committee, bool IsTransparent = true);

internal sealed record DonorSeed(
    string Name, DonorKind Kind, string? TaxCode = null, string? Phone = null, string? Email = null, bool IsForeign = false,
    bool IsAnonymous = false, bool PublishName = false);

internal sealed record DonationSeed(
    string Fund, DateOnly Date, string? Donor = null, long? Amount = null, DonationKind Kind = DonationKind.Cash, string? Description = null,
    string? Currency = null, decimal? ForeignAmount = null, decimal? ExchangeRate = null, string? Credited = null, string? Collecting = null,
    string? Restriction = null, string? CancelReason = null);

internal sealed record PledgePayment(DateOnly Date, long Amount);

internal sealed record PledgeSeed(string Fund, string Donor, long Amount, DateOnly DueDate, string? Collecting, string? Note, List<PledgePayment> Paid);

internal sealed record DisbursementSeed(
    string Fund, DateOnly Date, long Amount, string Purpose, DisbursementKind Kind = DisbursementKind.Cash, string? Restriction = null,
    string? RecipientUnit = null);
