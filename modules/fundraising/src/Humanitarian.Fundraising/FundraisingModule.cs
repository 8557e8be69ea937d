using Humanitarian.Framework.Auditing;
using Humanitarian.Fundraising.Auditing;
using Humanitarian.Beneficiaries;
using Humanitarian.Campaigns;
using Humanitarian.Framework;
using Humanitarian.Framework.AspNetCore.Mvc.ModelBinding;
using Humanitarian.Framework.AspNetCore.Mvc.UI.TagHelpers;
using Humanitarian.Framework.ExceptionHandling;
using Humanitarian.Framework.Modularity;
using Humanitarian.Fundraising.Disbursements;
using Humanitarian.Fundraising.Donations;
using Humanitarian.Fundraising.Localization;
using Humanitarian.Fundraising.Pledges;
using Humanitarian.Organization;
using Microsoft.Extensions.DependencyInjection;

namespace Humanitarian.Fundraising;

[DependsOn(typeof(HumanitarianFrameworkModule), typeof(FundraisingContractsModule), typeof(OrganizationContractsModule),
    typeof(CampaignsContractsModule), typeof(BeneficiariesContractsModule))]
public sealed class FundraisingModule : AbpModule
{
    public override void ConfigureServices(ServiceConfigurationContext context)
    {
        // How the audit log names this module\'s records, fields and values.
        context.Services.Configure<AuditLogDisplayOptions>(FundraisingAuditLogDisplay.Configure);
        // Entities throw codes such as Fundraising:InsufficientBalance; their texts are the module's.
        context.Services.Configure<AbpExceptionLocalizationOptions>(o => o.MapCodeNamespace("Fundraising", typeof(FundraisingResource)));
        // Amounts in the module's DTOs (Contracts cannot see MVC's attribute), bound as <abp-money-input> writes them.
        context.Services.Configure<VndAmountOptions>(o => o
            .Add<CreateDonationDto>(nameof(CreateDonationDto.Amount))
            .Add<CreateDisbursementDto>(nameof(CreateDisbursementDto.Amount))
            .Add<UpdatePledgeDto>(nameof(UpdatePledgeDto.Amount))
            .Add<PledgeInstalmentDto>(nameof(PledgeInstalmentDto.Amount)));
        // A pledge's state looks the same wherever it is listed.
        context.Services.Configure<AbpBadgeOptions>(o =>
        {
            o.StatusColors["Overdue"] = "danger";
            o.StatusColors["Fulfilled"] = "success";
        });
    }
}
