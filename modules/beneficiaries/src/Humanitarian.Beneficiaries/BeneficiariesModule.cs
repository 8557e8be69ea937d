using Humanitarian.Framework.Auditing;
using Humanitarian.Beneficiaries.Auditing;
using Humanitarian.Beneficiaries.Addresses;
using Humanitarian.Beneficiaries.Deliveries;
using Humanitarian.Beneficiaries.Localization;
using Humanitarian.Beneficiaries.Permissions;
using Humanitarian.Beneficiaries.SponsorRequests;
using Humanitarian.Beneficiaries.Sponsorships;
using Humanitarian.Beneficiaries.Verifications;
using Humanitarian.Campaigns;
using Humanitarian.Framework;
using Humanitarian.Framework.AspNetCore.Mvc.ModelBinding;
using Humanitarian.Framework.AspNetCore.Mvc.UI.TagHelpers;
using Humanitarian.Framework.ExceptionHandling;
using Humanitarian.Framework.Modularity;
using Humanitarian.Framework.UI.SettingManagement;
using Humanitarian.Fundraising;
using Humanitarian.Organization;
using Microsoft.Extensions.DependencyInjection;

namespace Humanitarian.Beneficiaries;

[DependsOn(typeof(HumanitarianFrameworkModule), typeof(BeneficiariesContractsModule), typeof(OrganizationContractsModule),
    typeof(CampaignsContractsModule), typeof(FundraisingContractsModule))]
public sealed class BeneficiariesModule : AbpModule
{
    public override void ConfigureServices(ServiceConfigurationContext context)
    {
        // How the audit log names this module\'s records, fields and values.
        context.Services.Configure<AuditLogDisplayOptions>(BeneficiariesAuditLogDisplay.Configure);
        // Entities throw codes such as Beneficiaries:InvalidNationalId; their texts are the module's.
        context.Services.Configure<AbpExceptionLocalizationOptions>(o => o.MapCodeNamespace("Beneficiaries", typeof(BeneficiariesResource)));
        // Amounts in the module's DTOs (Contracts cannot see MVC's attribute), bound as <abp-money-input> writes them.
        context.Services.Configure<VndAmountOptions>(o => o
            .Add<CreateHumanitarianAddressDto>(nameof(CreateHumanitarianAddressDto.MonthlyValueSought))
            .Add<UpdateSponsorshipDto>(nameof(UpdateSponsorshipDto.MonthlyValue))
            .Add<CreateSupportDeliveryDto>(nameof(CreateSupportDeliveryDto.Value))
            .Add<UpdateSponsorshipSettingsDto>(nameof(UpdateSponsorshipSettingsDto.MinimumMonthlyValue))
            .Add<RecordVerificationOutcomeDto>(nameof(RecordVerificationOutcomeDto.AmountReceived))
            .Add<CreateSponsorRequestDto>(nameof(CreateSponsorRequestDto.MonthlyValue)));
        context.Services.Configure<SettingManagementPageOptions>(o => o.Groups.Add(new SettingPageGroup("SponsorshipFloor",
            typeof(BeneficiariesResource), "Menu:SponsorshipSettings", "~/Beneficiaries/Settings", Order: 30, BeneficiariesPermissions.Settings)
        {
            Icon = "fa-solid fa-sliders",
            Description = "SponsorshipSettings:Subtitle",
        }));
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
