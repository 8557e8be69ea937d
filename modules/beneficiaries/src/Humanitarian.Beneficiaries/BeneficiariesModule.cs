using Humanitarian.Beneficiaries.Localization;
using Humanitarian.Beneficiaries.Pages.Beneficiaries;
using Humanitarian.Campaigns;
using Humanitarian.Framework;
using Humanitarian.Framework.AspNetCore.Mvc.UI.TagHelpers;
using Humanitarian.Framework.ExceptionHandling;
using Humanitarian.Framework.Modularity;
using Humanitarian.Organization;
using Microsoft.AspNetCore.Mvc;
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
        context.Services.Configure<MvcOptions>(o => o.ModelBinderProviders.Insert(0, new AmountBinderProvider()));
        // An address's status looks the same on every page.
        context.Services.Configure<AbpBadgeOptions>(o =>
        {
            o.StatusColors["Surveyed"] = "secondary";
            o.StatusColors["Verified"] = "info";
            o.StatusColors["Supported"] = "success";
            o.StatusColors["Graduated"] = "primary";
            o.StatusColors["Deceased"] = "dark";
            o.StatusColors["Moved"] = "light";
            o.StatusColors["Behind"] = "warning";
            o.StatusColors["Overlapping"] = "danger";
            // A sampled delivery's verification outcome, and a sponsor request's decision (both wait as Pending).
            o.StatusColors["Pending"] = "warning";
            o.StatusColors["Received"] = "success";
            o.StatusColors["NotReceived"] = "danger";
            o.StatusColors["ReceivedWithIssues"] = "warning";
            o.StatusColors["Approved"] = "success";
            o.StatusColors["Declined"] = "secondary";
        });
    }
}
