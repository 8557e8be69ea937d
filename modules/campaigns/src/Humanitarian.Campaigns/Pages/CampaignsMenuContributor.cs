using Humanitarian.Campaigns.Localization;
using Humanitarian.Campaigns.Permissions;
using Humanitarian.Framework.MultiTenancy;
using Humanitarian.Framework.UI.Navigation;
using Microsoft.Extensions.DependencyInjection;

namespace Humanitarian.Campaigns.Pages;

/// <summary>Names of the module's menu entries.</summary>
public static class CampaignsMenus
{
    public const string Prefix = "Campaigns";
    public const string Campaigns = Prefix + ".Campaigns";
    public const string MyTasks = Prefix + ".MyTasks";
    public const string ReportingRates = Prefix + ".ReportingRates";
    public const string ReminderSettings = Prefix + ".ReminderSettings";
}

/// <summary>The module's pages in the main menu: one "Cuộc vận động" group behind the module's permission.</summary>
public sealed class CampaignsMenuContributor : IMenuContributor
{
    public Task ConfigureMenuAsync(MenuConfigurationContext context)
    {
        var l = context.GetLocalizer<CampaignsResource>();
        var campaigns = new ApplicationMenuItem(
                CampaignsMenus.Prefix, l["Menu:Campaigns"], url: null, "fa-solid fa-hand-holding-heart", order: 300,
                CampaignsPermissions.Default)
            .AddItem(new ApplicationMenuItem(CampaignsMenus.Campaigns, l["Menu:CampaignList"], "~/Campaigns",
                "fa-solid fa-bullhorn", order: 10, CampaignsPermissions.Campaigns.Default));
        // Tasks go to units, which belong to provinces and districts: the host (national level) never has any.
        if (context.ServiceProvider.GetRequiredService<ICurrentTenant>().IsAvailable)
        {
            campaigns.AddItem(new ApplicationMenuItem(CampaignsMenus.MyTasks, l["Menu:MyTasks"], "~/Campaigns/Tasks",
                "fa-solid fa-list-check", order: 20, CampaignsPermissions.Tasks.Default));
        }
        campaigns
            .AddItem(new ApplicationMenuItem(CampaignsMenus.ReportingRates, l["ReportingRates:Title"], "~/Campaigns/ReportingRates",
                "fa-solid fa-chart-column", order: 30, CampaignsPermissions.Campaigns.Default))
            .AddItem(new ApplicationMenuItem(CampaignsMenus.ReminderSettings, l["Menu:ReminderSettings"], "~/Campaigns/Reminders/Settings",
                "fa-solid fa-bell", order: 40, CampaignsPermissions.Reminders.Settings));
        context.AddItem(campaigns);
        return Task.CompletedTask;
    }
}
