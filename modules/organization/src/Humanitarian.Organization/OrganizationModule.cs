using Humanitarian.Framework;
using Humanitarian.Framework.Modularity;
using Humanitarian.Organization.Services;
using Humanitarian.Organization.Services.Committees;
using Humanitarian.Organization.Services.Documents;
using Humanitarian.Organization.Units;
using Microsoft.Extensions.DependencyInjection;

namespace Humanitarian.Organization;

[DependsOn(typeof(HumanitarianFrameworkModule), typeof(OrganizationContractsModule))]
public sealed class OrganizationModule : AbpModule
{
    public override void ConfigureServices(ServiceConfigurationContext context)
    {
        context.Services.Configure<OrganizationOptions>(context.Configuration.GetSection(OrganizationOptions.SectionName));
        // The module's own records that keep a unit from being deleted; other modules add theirs.
        context.Services.AddUnitReferenceChecker<DocumentUnitReferenceChecker>();
        context.Services.AddUnitReferenceChecker<CommitteeUnitReferenceChecker>();
    }
}
