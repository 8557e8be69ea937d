using Humanitarian.Beneficiaries.Entities;
using Humanitarian.Beneficiaries.Localization;
using Humanitarian.Framework.Auditing;

namespace Humanitarian.Beneficiaries.Auditing;

/// <summary>The module's records as the audit log names them (kinds: <c>AuditEntity:*</c> keys).</summary>
internal static class BeneficiariesAuditLogDisplay
{
    public static void Configure(AuditLogDisplayOptions options)
    {
        var resource = typeof(BeneficiariesResource);
        options.Entity<HumanitarianAddress>(resource, a => a.Name).Amount(nameof(HumanitarianAddress.MonthlyValueSought));
        options.Entity<Sponsorship>(resource, s => s.SponsorName)
            .Amount(nameof(Sponsorship.MonthlyValue), nameof(Sponsorship.DeliveredValue));
        options.Entity<SupportDelivery>(resource).Amount(nameof(SupportDelivery.Value));
        options.Entity<SponsorRequest>(resource, r => r.RequesterName).Amount(nameof(SponsorRequest.MonthlyValue));
        options.Entity<SurveyRound>(resource, r => r.Title);
        options.Entity<NotDuplicatePair>(resource);
        options.Entity<DeliveryVerification>(resource, v => v.Name);
        options.Entity<DeliveryVerificationItem>(resource)
            .Amount(nameof(DeliveryVerificationItem.DeliveredValue), nameof(DeliveryVerificationItem.AmountReceived));
    }
}
