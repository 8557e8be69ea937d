using Humanitarian.Campaigns.Campaigns;
using Humanitarian.Campaigns.Entities;
using Humanitarian.Framework.Content;
using Microsoft.EntityFrameworkCore;

namespace Humanitarian.Campaigns.Data;

public static class CampaignsModelBuilderExtensions
{
    /// <summary>
    /// The module's tables (Cmp*), called from the host's DbContext; conventions as Organization's: enums
    /// as names, long text without a database length, children's keys made in code. Units, committees and
    /// documents are Organization's: referenced by plain ids, checked through its contracts.
    /// </summary>
    public static void ConfigureCampaigns(this ModelBuilder builder)
    {
        builder.Entity<Campaign>(b =>
        {
            b.ToTable(TableName("Campaigns"), CampaignsDbProperties.DbSchema);
            b.Property(c => c.Name).HasMaxLength(CampaignConsts.MaxNameLength).IsRequired();
            b.Property(c => c.NormalizedName).HasMaxLength(CampaignConsts.MaxNameLength).IsRequired();
            b.Property(c => c.Kind).HasConversion<string>().HasMaxLength(32);
            b.Property(c => c.Status).HasConversion<string>().HasMaxLength(16);
            b.Property(c => c.Recurrence).HasConversion<string>().HasMaxLength(16);
            b.HasMany(c => c.Participants).WithOne().HasForeignKey(p => p.CampaignId).OnDelete(DeleteBehavior.Cascade);
            b.HasMany(c => c.LegalBasis).WithOne().HasForeignKey(l => l.CampaignId).OnDelete(DeleteBehavior.Cascade);
            b.HasMany(c => c.Themes).WithOne().HasForeignKey(t => t.CampaignId).OnDelete(DeleteBehavior.Cascade);
            b.HasIndex(c => new { c.TenantId, c.StartDate });
        });
        builder.Entity<CampaignParticipant>(b =>
        {
            b.ToTable(TableName("CampaignParticipants"), CampaignsDbProperties.DbSchema);
            b.Property(p => p.Id).ValueGeneratedNever();
            b.HasIndex(p => new { p.CampaignId, p.UnitId }).IsUnique();
            b.HasIndex(p => p.UnitId);
        });
        builder.Entity<CampaignLegalBasis>(b =>
        {
            b.ToTable(TableName("CampaignLegalBases"), CampaignsDbProperties.DbSchema);
            b.Property(l => l.Id).ValueGeneratedNever();
            b.HasIndex(l => new { l.CampaignId, l.DocumentId }).IsUnique();
        });
        builder.Entity<CampaignYearTheme>(b =>
        {
            b.ToTable(TableName("CampaignYearThemes"), CampaignsDbProperties.DbSchema);
            b.Property(t => t.Id).ValueGeneratedNever();
            b.Property(t => t.Theme).HasMaxLength(CampaignConsts.MaxThemeLength).IsRequired();
            b.HasIndex(t => new { t.CampaignId, t.Year }).IsUnique();
        });
        builder.Entity<CampaignTarget>(b =>
        {
            b.ToTable(TableName("CampaignTargets"), CampaignsDbProperties.DbSchema);
            b.Property(t => t.Name).HasMaxLength(CampaignConsts.MaxNameLength).IsRequired();
            b.Property(t => t.Metric).HasConversion<string>().HasMaxLength(32);
            b.Property(t => t.ActivityKind).HasConversion<string>().HasMaxLength(32);
            b.Property(t => t.Goal).HasPrecision(18, 2);
            b.HasOne<Campaign>().WithMany().HasForeignKey(t => t.CampaignId).OnDelete(DeleteBehavior.Restrict);
        });
        builder.Entity<TaskAssignment>(b =>
        {
            b.ToTable(TableName("TaskAssignments"), CampaignsDbProperties.DbSchema);
            b.Property(t => t.Title).HasMaxLength(CampaignConsts.MaxNameLength).IsRequired();
            b.Property(t => t.Status).HasConversion<string>().HasMaxLength(16);
            b.HasOne<Campaign>().WithMany().HasForeignKey(t => t.CampaignId).OnDelete(DeleteBehavior.Restrict);
            b.HasMany(t => t.Figures).WithOne().HasForeignKey(f => f.TaskAssignmentId).OnDelete(DeleteBehavior.Cascade);
            b.HasMany(t => t.Attachments).WithOne().HasForeignKey(a => a.TaskAssignmentId).OnDelete(DeleteBehavior.Cascade);
            // The reporting rate counts tasks by campaign and year, status and due date; a unit's tasks by due date.
            b.HasIndex(t => new { t.TenantId, t.CampaignId, t.Year, t.Status });
            b.HasIndex(t => new { t.TenantId, t.UnitId, t.DueDate });
        });
        builder.Entity<TaskReportFigure>(b =>
        {
            b.ToTable(TableName("TaskReportFigures"), CampaignsDbProperties.DbSchema);
            b.Property(f => f.Id).ValueGeneratedNever();
            b.Property(f => f.Value).HasPrecision(18, 2);
            b.HasIndex(f => f.TargetId);
        });
        builder.Entity<CampaignActivity>(b =>
        {
            b.ToTable(TableName("CampaignActivities"), CampaignsDbProperties.DbSchema);
            b.Property(a => a.Title).HasMaxLength(CampaignConsts.MaxNameLength).IsRequired();
            b.Property(a => a.Place).HasMaxLength(CampaignConsts.MaxNameLength);
            b.Property(a => a.Kind).HasConversion<string>().HasMaxLength(32);
            b.HasOne<Campaign>().WithMany().HasForeignKey(a => a.CampaignId).OnDelete(DeleteBehavior.Restrict);
            b.HasMany(a => a.Attachments).WithOne().HasForeignKey(f => f.ActivityId).OnDelete(DeleteBehavior.Cascade);
            b.HasIndex(a => new { a.TenantId, a.CampaignId, a.Kind, a.Date });
        });
        builder.ConfigureFileAttachment<TaskReportAttachment, TaskReportAttachmentContent>(
            TableName("TaskReportAttachments"), TableName("TaskReportAttachmentContents"), CampaignsDbProperties.DbSchema);
        builder.ConfigureFileAttachment<ActivityAttachment, ActivityAttachmentContent>(
            TableName("ActivityAttachments"), TableName("ActivityAttachmentContents"), CampaignsDbProperties.DbSchema);
        builder.Entity<CampaignSummary>(b =>
        {
            b.ToTable(TableName("CampaignSummaries"), CampaignsDbProperties.DbSchema);
            // No length: a summary of hundreds of units with their figures (longtext on MariaDB).
            b.Property(s => s.Content).IsRequired();
            b.HasOne<Campaign>().WithMany().HasForeignKey(s => s.CampaignId).OnDelete(DeleteBehavior.Restrict);
            // Each campaign or run is summarised once, even by two officials at the same moment.
            b.HasIndex(s => new { s.CampaignId, s.Year }).IsUnique();
        });
        builder.Entity<Reminder>(b =>
        {
            b.ToTable(TableName("Reminders"), CampaignsDbProperties.DbSchema);
            b.Property(r => r.Step).HasConversion<string>().HasMaxLength(32);
            b.Property(r => r.RecipientKind).HasConversion<string>().HasMaxLength(32);
            b.Property(r => r.Recipient).HasMaxLength(Reminder.MaxRecipientLength).IsRequired();
            b.Property(r => r.RecipientName).HasMaxLength(Reminder.MaxRecipientNameLength).IsRequired();
            b.HasOne<TaskAssignment>().WithMany().HasForeignKey(r => r.TaskAssignmentId).OnDelete(DeleteBehavior.Cascade);
            // The reminder's identity: queued once, whichever server runs the policy and however often.
            b.HasIndex(r => new { r.TaskAssignmentId, r.Step, r.ScheduledDate, r.Recipient }).IsUnique();
            b.HasIndex(r => new { r.SubjectId, r.Step, r.ScheduledDate, r.Recipient }).IsUnique();
            b.HasIndex(r => new { r.TenantId, r.CreationTime });
        });
    }

    private static string TableName(string name) => CampaignsDbProperties.DbTablePrefix + name;
}
