using Humanitarian.Framework.Auditing;
using Humanitarian.Campaigns.Auditing;
using Humanitarian.Campaigns.Localization;
using System.Globalization;
using Humanitarian.Campaigns.Services;
using Humanitarian.Campaigns.Services.Reminders;
using Humanitarian.Framework.BackgroundWorkers;
using Humanitarian.Framework.Timing;
using Humanitarian.Framework;
using Humanitarian.Framework.AspNetCore.Mvc.UI.TagHelpers;
using Humanitarian.Framework.ExceptionHandling;
using Humanitarian.Framework.Modularity;
using Humanitarian.Organization;
using Humanitarian.Campaigns.Pages.Shared.Components.MyOverdueTasks;
using Humanitarian.Campaigns.Permissions;
using Humanitarian.Framework.UI.Dashboard;
using Humanitarian.Framework.UI.SettingManagement;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Humanitarian.Campaigns;

[DependsOn(typeof(HumanitarianFrameworkModule), typeof(CampaignsContractsModule), typeof(OrganizationContractsModule))]
public sealed class CampaignsModule : AbpModule
{
    public override void ConfigureServices(ServiceConfigurationContext context)
    {
        // How the audit log names this module\'s records, fields and values.
        context.Services.Configure<AuditLogDisplayOptions>(CampaignsAuditLogDisplay.Configure);
        var options = context.Configuration.GetSection(CampaignsOptions.SectionName);
        context.Services.Configure<CampaignsOptions>(options);
        var dailyReminderTime = (options.Get<CampaignsOptions>() ?? new CampaignsOptions()).DailyReminderTime;
        if (dailyReminderTime is { Length: > 0 } time)
        {
            context.Services.AddDailyJob<ReminderJob>(ReminderJob.Name, TimeOnly.Parse(time, CultureInfo.InvariantCulture), VietnamCalendar.Zone);
        }
        context.Services.Configure<AbpDashboardOptions>(o => o.Widgets.Add(
            new DashboardWidget(MyOverdueTasksViewComponent.Name, Order: 10, CampaignsPermissions.Tasks.Default)));
        context.Services.Configure<SettingManagementPageOptions>(o => o.Groups.Add(new SettingPageGroup("Reminders",
            typeof(CampaignsResource), "Menu:ReminderSettings", "~/Campaigns/Reminders/Settings", Order: 20, CampaignsPermissions.Reminders.Settings)
        {
            Icon = "fa-solid fa-bell",
            Description = "ReminderSettings:Subtitle",
        }));
        // Entities throw codes such as Campaigns:ReportLocked; their texts are the module's.
        context.Services.Configure<AbpExceptionLocalizationOptions>(o => o.MapCodeNamespace("Campaigns", typeof(CampaignsResource)));
        // Campaign and task statuses, a task's timeliness and a target's result look the same on every page.
        context.Services.Configure<AbpBadgeOptions>(o =>
        {
            o.StatusColors["Draft"] = "secondary";
            o.StatusColors["Closed"] = "dark";
            o.StatusColors["Summarised"] = "info";
            o.StatusColors["Open"] = "secondary";
            o.StatusColors["Submitted"] = "info";
            o.StatusColors["Accepted"] = "success";
            o.StatusColors["Returned"] = "warning";
            o.StatusColors["OnTime"] = "success";
            o.StatusColors["Late"] = "warning";
            o.StatusColors["Overdue"] = "danger";
            o.StatusColors["Met"] = "success";
            o.StatusColors["NotMet"] = "warning";
            o.StatusColors["NotMeasured"] = "light";
        });
    }
}
