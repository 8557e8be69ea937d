using Humanitarian.Beneficiaries.Localization;
using Humanitarian.Campaigns;
using Humanitarian.Framework;
using Humanitarian.Framework.ExceptionHandling;
using Humanitarian.Framework.Modularity;
using Humanitarian.Organization;
using Microsoft.Extensions.DependencyInjection;

namespace Humanitarian.Beneficiaries;

[DependsOn(typeof(HumanitarianFrameworkModule), typeof(BeneficiariesContractsModule), typeof(OrganizationContractsModule),
    typeof(CampaignsContractsModule))]
public sealed class BeneficiariesModule : AbpModule
{
    public override void ConfigureServices(ServiceConfigurationContext context)
    {
        // Entities throw codes such as Beneficiaries:InvalidNationalId; their texts are the module's.
        context.Services.Configure<AbpExceptionLocalizationOptions>(o => o.MapCodeNamespace("Beneficiaries", typeof(BeneficiariesResource)));
    }
}
