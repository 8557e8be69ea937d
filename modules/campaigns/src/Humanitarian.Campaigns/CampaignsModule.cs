using Humanitarian.Campaigns.Localization;
using Humanitarian.Framework;
using Humanitarian.Framework.ExceptionHandling;
using Humanitarian.Framework.Modularity;
using Humanitarian.Organization;
using Microsoft.Extensions.DependencyInjection;

namespace Humanitarian.Campaigns;

[DependsOn(typeof(HumanitarianFrameworkModule), typeof(CampaignsContractsModule), typeof(OrganizationContractsModule))]
public sealed class CampaignsModule : AbpModule
{
    // Entities throw codes such as Campaigns:ReportLocked; their texts are the module's.
    public override void ConfigureServices(ServiceConfigurationContext context) =>
        context.Services.Configure<AbpExceptionLocalizationOptions>(o => o.MapCodeNamespace("Campaigns", typeof(CampaignsResource)));
}
