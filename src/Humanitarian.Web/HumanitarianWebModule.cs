using Humanitarian.Web.Auditing;
using System.Globalization;
using Humanitarian.Awards;
using Humanitarian.Beneficiaries;
using Humanitarian.Campaigns;
using Humanitarian.Framework;
using Humanitarian.Framework.Auditing;
using Humanitarian.Framework.Modularity;
using Humanitarian.Framework.UI.SettingManagement;
using Humanitarian.Fundraising;
using Humanitarian.Organization;
using Humanitarian.Web.Account;
using Humanitarian.Web.Data;
using Humanitarian.Web.Identity;
using Humanitarian.Web.Localization;
using Humanitarian.Web.Pages.Shared.Components.EmailSettingsSummary;
using Humanitarian.Web.Seeding;
using Humanitarian.Web.Startup;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Localization;

namespace Humanitarian.Web;

/// <summary>The host module: depends on every module and wires the application together.</summary>
[DependsOn(
    typeof(HumanitarianFrameworkModule),
    typeof(OrganizationModule),
    typeof(CampaignsModule),
    typeof(BeneficiariesModule),
    typeof(FundraisingModule),
    typeof(AwardsModule))]
public sealed class HumanitarianWebModule : AbpModule
{
    public static readonly CultureInfo[] SupportedCultures = [new("vi-VN"), new("en")];

    public override void ConfigureServices(ServiceConfigurationContext context)
    {
        // How the audit log names this module\'s records, fields and values.
        context.Services.Configure<AuditLogDisplayOptions>(HostAuditLogDisplay.Configure);
        var services = context.Services;
        services.AddHumanitarianDatabase(context.Configuration);
        services.AddHumanitarianDataProtection(context.Configuration);
        services.AddHumanitarianIdentity(context.Configuration);
        services.AddHumanitarianForwardedHeaders(context.Configuration);
        services.AddHsts(o => o.MaxAge = TimeSpan.FromDays(365));
        services.AddHumanitarianRateLimiting(context.Configuration);
        services.Configure<DemoDataOptions>(context.Configuration.GetSection("DemoData"));
        services.Configure<AbpAuditingOptions>(o =>
        {
            o.IgnoredTypes.Add(typeof(DataProtectionKey));
            // Failed sign-ins are counted, not audited: an attacker's guesses would fill the audit log.
            o.IgnoredTypes.Add(typeof(SignInThrottle));
        });

        services.AddSingleton<StartupState>();
        DatabaseInitializer.Register(services);
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        services.AddHumanitarianOpenApi();
        services.Configure<SettingManagementPageOptions>(o => o.Groups.Add(EmailSettingsSummaryViewComponent.Group));

        // Vietnamese first: ?culture= or the cookie switches; the Accept-Language header only under /api, where
        // ABP's clients send their user's language. A language not offered falls back to Vietnamese.
        services.Configure<RequestLocalizationOptions>(o =>
        {
            o.DefaultRequestCulture = new RequestCulture("vi-VN");
            o.SupportedCultures = SupportedCultures;
            o.SupportedUICultures = SupportedCultures;
            o.RequestCultureProviders =
                [new QueryStringRequestCultureProvider(), new CookieRequestCultureProvider(), new ApiAcceptLanguageRequestCultureProvider()];
        });
    }
}
