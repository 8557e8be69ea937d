using System.Globalization;
using Humanitarian.Beneficiaries.Addresses;
using Humanitarian.Beneficiaries.Localization;
using Humanitarian.Framework.AspNetCore.Mvc.UI;
using Humanitarian.Framework.MultiTenancy;
using Humanitarian.Fundraising.Pages.Fundraising;
using Humanitarian.Fundraising.Public;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.Extensions.Localization;

namespace Humanitarian.Fundraising.Pages.Public.Transparency;

/// <summary>
/// One fund's public statement, for anyone: its totals and months for a year (or all years), the latest
/// donations with the donor named only as the statement names them, the latest disbursements with a
/// humanitarian address told by commune and category only, and the whole of it as a sheet.
/// </summary>
[AllowAnonymous]
public sealed class FundModel(ITransparencyAppService transparency, ITenantStore tenants, IStringLocalizer<BeneficiariesResource> beneficiaries)
    : FundraisingPageModel
{
    [BindProperty(SupportsGet = true)]
    public string TenantName { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public Guid FundId { get; set; }

    [BindProperty(SupportsGet = true, Name = "year")]
    public int? Year { get; set; }

    public PublicFundDto Fund { get; private set; } = null!;
    public string TenantDisplayName { get; private set; } = "";
    public List<SelectListItem> Years { get; private set; } = [];
    public string ChartJson { get; private set; } = "";

    /// <summary>The lists stop at the latest <see cref="TransparencyConsts.MaxListed"/>; the sheet has them all.</summary>
    public bool IsCut => Fund.Donations.Count >= TransparencyConsts.MaxListed || Fund.Disbursements.Count >= TransparencyConsts.MaxListed;

    public string ExportUrl => Url.Content($"~/api/public/transparency/{Uri.EscapeDataString(TenantName)}/funds/{FundId}/export-excel"
                                          + (Year is { } year ? $"?year={year}" : ""));

    public async Task OnGetAsync()
    {
        ModelState.Clear(); // a malformed ?year= shows every year, it is no form error
        Year = Year is >= TransparencyConsts.MinYear and <= TransparencyConsts.MaxYear ? Year : null;
        var allYears = await transparency.GetFundAsync(TenantName, FundId, new PublicFundInput());
        Fund = Year is null ? allYears : await transparency.GetFundAsync(TenantName, FundId, new PublicFundInput { Year = Year });
        TenantDisplayName = (await tenants.FindAsync(TenantName))?.DisplayName ?? TenantName;
        // The years something was received or spent in, and the one asked for even if it had nothing.
        var years = allYears.Months.Select(m => int.Parse(m.Month[..4], CultureInfo.InvariantCulture)).ToHashSet();
        if (Year is { } chosen)
        {
            years.Add(chosen);
        }
        Years = years.OrderDescending().Select(y => y.ToString(CultureInfo.InvariantCulture))
            .Select(y => new SelectListItem(y, y, y == Year?.ToString(CultureInfo.InvariantCulture))).ToList();
        ChartJson = Charts.Bars(Fund.Months.Select(m => m.Month[5..] + "/" + m.Month[..4]),
            (L["Fund:Received"], Fund.Months.Select(m => m.Received)), (L["Fund:Spent"], Fund.Months.Select(m => m.Spent)));
    }

    public string CategoryName(AddressCategory category) => beneficiaries["AddressCategory:" + category];
}
