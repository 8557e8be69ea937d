using Humanitarian.Framework.Auditing;
using Humanitarian.Fundraising.Entities;
using Humanitarian.Fundraising.Localization;

namespace Humanitarian.Fundraising.Auditing;

/// <summary>The module's records as the audit log names them (kinds: <c>AuditEntity:*</c> keys).</summary>
internal static class FundraisingAuditLogDisplay
{
    public static void Configure(AuditLogDisplayOptions options)
    {
        var resource = typeof(FundraisingResource);
        options.Entity<Fund>(resource, f => f.Name).Amount(nameof(Fund.Balance), nameof(Fund.RestrictedBalance));
        options.Entity<FundRestriction>(resource, r => r.Name).Amount(nameof(FundRestriction.Balance));
        options.Entity<Donor>(resource, d => d.Name);
        options.Entity<DonorNotDuplicatePair>(resource);
        options.Entity<Donation>(resource, d => d.ReceiptNumber).Amount(nameof(Donation.Amount));
        options.Entity<Disbursement>(resource).Amount(nameof(Disbursement.Amount));
        options.Entity<Pledge>(resource).Amount(nameof(Pledge.Amount));
        options.Entity<PledgeInstalment>(resource).Amount(nameof(PledgeInstalment.Amount));
        options.Entity<FundLedgerEntry>(resource).Amount(nameof(FundLedgerEntry.Amount));
    }
}
