using Humanitarian.Framework;
using Humanitarian.Framework.AspNetCore.Mvc.UI.TagHelpers;
using Humanitarian.Framework.ExceptionHandling;
using Humanitarian.Framework.Modularity;
using Humanitarian.Organization.Excel;
using Humanitarian.Organization.Localization;
using Humanitarian.Organization.Services;
using Microsoft.Extensions.DependencyInjection;

namespace Humanitarian.Organization;

[DependsOn(typeof(HumanitarianFrameworkModule), typeof(OrganizationContractsModule))]
public sealed class OrganizationModule : AbpModule
{
    public override void ConfigureServices(ServiceConfigurationContext context)
    {
        context.Services.Configure<OrganizationOptions>(context.Configuration.GetSection(OrganizationOptions.SectionName));
        // Entities throw codes such as Organization:PositionAlreadyHeld; their texts are the module's.
        context.Services.Configure<AbpExceptionLocalizationOptions>(o => o.MapCodeNamespace("Organization", typeof(OrganizationResource)));
        // An import report's row statuses (Valid stays the neutral default).
        context.Services.Configure<AbpBadgeOptions>(o =>
        {
            o.StatusColors[nameof(ExcelImportRowStatus.Invalid)] = "danger";
            o.StatusColors[nameof(ExcelImportRowStatus.Imported)] = "success";
            o.StatusColors[nameof(ExcelImportRowStatus.Updated)] = "info";
        });
    }
}
