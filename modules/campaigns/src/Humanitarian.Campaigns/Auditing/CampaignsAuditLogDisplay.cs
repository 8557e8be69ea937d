using Humanitarian.Campaigns.Entities;
using Humanitarian.Campaigns.Localization;
using Humanitarian.Framework.Auditing;

namespace Humanitarian.Campaigns.Auditing;

/// <summary>The module's records as the audit log names them (kinds: <c>AuditEntity:*</c> keys).</summary>
internal static class CampaignsAuditLogDisplay
{
    public static void Configure(AuditLogDisplayOptions options)
    {
        var resource = typeof(CampaignsResource);
        options.Entity<Campaign>(resource, c => c.Name);
        options.Entity<CampaignTarget>(resource, t => t.Name);
        options.Entity<TaskAssignment>(resource, t => t.Title);
        options.Entity<CampaignActivity>(resource, a => a.Title).Amount(nameof(CampaignActivity.AmountRaised));
        options.Entity<CampaignParticipant>(resource);
        options.Entity<CampaignLegalBasis>(resource);
        options.Entity<CampaignYearTheme>(resource);
        options.Entity<CampaignSummary>(resource);
        options.Entity<Reminder>(resource);
        options.Entity<TaskReportFigure>(resource);
        options.Entity<TaskReportAttachment>(resource, a => a.FileName);
        options.Entity<ActivityAttachment>(resource, a => a.FileName);
    }
}
