using Humanitarian.Framework.AspNetCore.Mvc.UI;
using Humanitarian.Fundraising.Disbursements;
using Humanitarian.Fundraising.Donations;
using Humanitarian.Fundraising.Donors;
using Humanitarian.Fundraising.Funds;
using Humanitarian.Fundraising.Localization;

namespace Humanitarian.Fundraising.Pages.Fundraising;

/// <summary>Base of the module's pages: the framework's page model on the module's resource, with the names of its enums.</summary>
public abstract class FundraisingPageModel : AbpPageModel<FundraisingResource>
{
    public string KindName(DonorKind kind) => L["DonorKind:" + kind];

    public string KindName(DonationKind kind) => L["DonationKind:" + kind];

    public string KindName(DisbursementKind kind) => L["DisbursementKind:" + kind];

    public string KindName(DisbursementRecipientKind kind) => L["RecipientKind:" + kind];

    public string KindName(LedgerEntryKind kind) => L["LedgerEntryKind:" + kind];
}
