using Humanitarian.Beneficiaries.Addresses;
using Humanitarian.Beneficiaries.Localization;
using Humanitarian.Beneficiaries.SponsorRequests;
using Humanitarian.Beneficiaries.Sponsorships;
using Humanitarian.Beneficiaries.Verifications;
using Humanitarian.Framework.AspNetCore.Mvc.UI;

namespace Humanitarian.Beneficiaries.Pages.Beneficiaries;

/// <summary>Base of the module's pages: the framework's page model on the module's resource, with the names of its enums.</summary>
public abstract class BeneficiariesPageModel : AbpPageModel<BeneficiariesResource>
{
    public string KindName(HumanitarianAddressKind kind) => L["AddressKind:" + kind];

    public string StatusName(AddressStatus status) => L["AddressStatus:" + status];

    public string CategoryName(AddressCategory category) => L["AddressCategory:" + category];

    public string NeedName(AddressNeed need) => L["AddressNeed:" + need];

    public string SexName(Sex sex) => L["Sex:" + sex];

    public string KindName(FacilityKind kind) => L["FacilityKind:" + kind];

    public string KindName(SponsorKind kind) => L["SponsorKind:" + kind];

    public string KindName(SupportKind kind) => L["SupportKind:" + kind];

    public string KindName(DeliveryKind kind) => L["DeliveryKind:" + kind];

    public string OutcomeName(VerificationOutcome outcome) => L["VerificationOutcome:" + outcome];
    public string StatusName(SponsorRequestStatus status) => L["SponsorRequestStatus:" + status];
}
