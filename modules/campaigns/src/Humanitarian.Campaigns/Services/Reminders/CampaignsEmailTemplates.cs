using Humanitarian.Campaigns.Localization;
using Humanitarian.Framework.Emailing;
using Humanitarian.Framework.TextTemplating;

namespace Humanitarian.Campaigns.Services.Reminders;

public static class CampaignsEmailTemplates
{
    public const string TaskReminder = "Humanitarian.Campaigns.TaskReminder";
    public const string OverdueDigest = "Humanitarian.Campaigns.OverdueDigest";
    public const string ChildrenDigest = "Humanitarian.Campaigns.ChildrenDigest";
}

/// <summary>What a deadline reminder says: to whom, which unit's task of which campaign, when due, how late, where to report.</summary>
/// <param name="TaskTitle">The task's title, or what another module's due is (a pledge to collect).</param>
/// <param name="CampaignName">The task's campaign, or what the due belongs to (a fund).</param>
/// <param name="DueDate">dd/MM/yyyy.</param>
/// <param name="IsCopy">Sent to the standing deputy or an admin, about a unit's task.</param>
/// <param name="IsTask">A campaign task; false for another module's due, which is worded without "report".</param>
public sealed record TaskReminderEmailModel(
    string RecipientName, string UnitName, string TaskTitle, string CampaignName, string DueDate, int DaysLeft, int DaysOverdue,
    bool IsEscalation, bool IsCopy, bool IsTask, string Link);

/// <summary>A committee leader's Monday list: what is overdue in the campaigns their committees steer.</summary>
/// <param name="Week">The week's Monday, dd/MM/yyyy.</param>
/// <param name="NotListed">Items beyond the first <see cref="ReminderDigest.MaxItems"/>, counted only.</param>
public sealed record OverdueDigestEmailModel(
    string RecipientName, string Week, int Count, IReadOnlyList<OverdueDigestItem> Items, int NotListed, string Link);

public sealed record OverdueDigestItem(string UnitName, string TaskTitle, string CampaignName, string DueDate, int DaysOverdue, string Link);

/// <summary>A parent tenant's admins' Monday summary: how many children are late and by how many tasks — counts only.</summary>
public sealed record ChildrenDigestEmailModel(
    string RecipientName, string Week, int OverdueChildren, int Children, IReadOnlyList<ChildOverdueCount> Rows, string Link);

public sealed record ChildOverdueCount(string Name, int Overdue);

public sealed class CampaignsEmailTemplateDefinitionProvider : TemplateDefinitionProvider
{
    private const string SampleLink = "http://127.0.0.1:5000/Campaigns/Tasks/Details?id=...";

    public override void Define(ITemplateDefinitionContext context)
    {
        context.Add(Email(CampaignsEmailTemplates.TaskReminder)
            .WithSampleModel(new TaskReminderEmailModel("Nguyễn Văn A", "Hội Chữ thập đỏ quận Ba Đình", "Báo cáo kết quả Tháng Nhân đạo",
                "Tháng Nhân đạo", "31/05/2025", 0, 8, true, false, true, SampleLink)));
        context.Add(Email(CampaignsEmailTemplates.OverdueDigest)
            .WithSampleModel(new OverdueDigestEmailModel("Lê Văn C", "08/06/2026", 2,
                [
                    new OverdueDigestItem("Hội Chữ thập đỏ quận Ba Đình", "Báo cáo kết quả Tháng Nhân đạo", "Tháng Nhân đạo", "31/05/2026", 8, SampleLink),
                    new OverdueDigestItem("Hội Chữ thập đỏ huyện Sóc Sơn", "Báo cáo kết quả Tháng Nhân đạo", "Tháng Nhân đạo", "31/05/2026", 8, SampleLink),
                ], 0, "http://127.0.0.1:5000/Campaigns/Tasks?overdue=true")));
        context.Add(Email(CampaignsEmailTemplates.ChildrenDigest)
            .WithSampleModel(new ChildrenDigestEmailModel("Quản trị viên", "08/06/2026", 2, 30,
                [new ChildOverdueCount("Quận Ba Đình", 5), new ChildOverdueCount("Huyện Sóc Sơn", 2)],
                "http://127.0.0.1:5000/Campaigns/ReportingRates")));
    }

    private static TemplateDefinition Email(string name) =>
        new(name, "TextTemplate:" + name, typeof(CampaignsResource), layout: StandardEmailTemplates.Layout);
}
