using Humanitarian.Campaigns.Localization;
using Humanitarian.Framework.Emailing;
using Humanitarian.Framework.TextTemplating;

namespace Humanitarian.Campaigns.Services.Reminders;

public static class CampaignsEmailTemplates
{
    public const string TaskReminder = "Humanitarian.Campaigns.TaskReminder";
}

/// <summary>What a deadline reminder says: to whom, which unit's task of which campaign, when due, how late, where to report.</summary>
/// <param name="DueDate">dd/MM/yyyy.</param>
/// <param name="IsCopy">Sent to the standing deputy or an admin, about a unit's task.</param>
public sealed record TaskReminderEmailModel(
    string RecipientName, string UnitName, string TaskTitle, string CampaignName, string DueDate, int DaysLeft, int DaysOverdue,
    bool IsEscalation, bool IsCopy, string Link);

public sealed class CampaignsEmailTemplateDefinitionProvider : TemplateDefinitionProvider
{
    public override void Define(ITemplateDefinitionContext context) => context.Add(
        new TemplateDefinition(CampaignsEmailTemplates.TaskReminder, "TextTemplate:" + CampaignsEmailTemplates.TaskReminder,
                typeof(CampaignsResource), layout: StandardEmailTemplates.Layout)
            .WithSampleModel(new TaskReminderEmailModel("Nguyễn Văn A", "Hội Chữ thập đỏ quận Ba Đình", "Báo cáo kết quả Tháng Nhân đạo",
                "Tháng Nhân đạo", "31/05/2025", 0, 8, true, false, "http://127.0.0.1:5000/Campaigns/Tasks/Details?id=...")));
}
