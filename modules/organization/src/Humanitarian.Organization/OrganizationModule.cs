using Humanitarian.Framework.Auditing;
using Humanitarian.Organization.Auditing;
using Humanitarian.Framework;
using Humanitarian.Framework.ExceptionHandling;
using Humanitarian.Framework.Modularity;
using Humanitarian.Organization.Localization;
using Humanitarian.Organization.Services;
using Microsoft.Extensions.DependencyInjection;

namespace Humanitarian.Organization;

[DependsOn(typeof(HumanitarianFrameworkModule), typeof(OrganizationContractsModule))]
public sealed class OrganizationModule : AbpModule
{
    public override void ConfigureServices(ServiceConfigurationContext context)
    {
        // How the audit log names this module\'s records, fields and values.
        context.Services.Configure<AuditLogDisplayOptions>(OrganizationAuditLogDisplay.Configure);
        context.Services.Configure<OrganizationOptions>(context.Configuration.GetSection(OrganizationOptions.SectionName));
        // Entities throw codes such as Organization:PositionAlreadyHeld; their texts are the module's.
        context.Services.Configure<AbpExceptionLocalizationOptions>(o => o.MapCodeNamespace("Organization", typeof(OrganizationResource)));
    }
}
