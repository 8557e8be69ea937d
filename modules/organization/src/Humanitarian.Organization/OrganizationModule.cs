using Humanitarian.Framework;
using Humanitarian.Framework.Modularity;
using Humanitarian.Organization.Services;
using Microsoft.Extensions.DependencyInjection;

namespace Humanitarian.Organization;

[DependsOn(typeof(HumanitarianFrameworkModule), typeof(OrganizationContractsModule))]
public sealed class OrganizationModule : AbpModule
{
    public override void ConfigureServices(ServiceConfigurationContext context)
    {
        context.Services.Configure<OrganizationOptions>(context.Configuration.GetSection(OrganizationOptions.SectionName));
    }
}
