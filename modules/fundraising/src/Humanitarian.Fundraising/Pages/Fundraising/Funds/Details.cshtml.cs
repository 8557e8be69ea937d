using System.Globalization;
using Humanitarian.Framework.Application;
using Humanitarian.Framework.AspNetCore.Mvc.UI;
using Humanitarian.Framework.MultiTenancy;
using Humanitarian.Fundraising.Funds;
using Humanitarian.Fundraising.Permissions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Humanitarian.Fundraising.Pages.Fundraising.Funds;

/// <summary>A fund: what it holds, what each restriction still holds, its ledger newest first and its last months as a chart.</summary>
[Authorize(FundraisingPermissions.Funds.Default)]
public sealed class DetailsModel(IFundAppService fundAppService, ICurrentTenant currentTenant) : FundraisingPageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty(SupportsGet = true)]
    public ListQuery Query { get; set; } = new();

    public FundDto Fund { get; private set; } = null!;
    public IReadOnlyList<FundRestrictionDto> Restrictions { get; private set; } = [];
    public PagedResultDto<FundLedgerEntryDto> Ledger { get; private set; } = new();
    public PagerModel Pager { get; private set; } = null!;
    public string ChartJson { get; private set; } = "";
    public bool CanUpdate { get; private set; }
    public bool CanDonate { get; private set; }
    public bool CanDisburse { get; private set; }
    public bool CanDelete { get; private set; }

    /// <summary>The fund's public statement, for staff to see what the public sees; none while it is kept private (or for the host, which has no public page).</summary>
    public string? PublicUrl => Fund.IsTransparent && currentTenant.Name is { } tenantName
        ? Url.Page("/Public/Transparency/Fund", new { tenantName, fundId = Fund.Id })
        : null;

    public Task OnGetAsync()
    {
        ModelState.Clear(); // a malformed ?skip= falls back to the default, it is no form error
        return LoadAsync();
    }

    /// <summary>Refused, with the service's message, for a fund that has received or spent anything.</summary>
    public async Task<IActionResult> OnPostDeleteAsync()
    {
        ModelState.Clear();
        var fund = await fundAppService.GetAsync(Id);
        await fundAppService.DeleteAsync(Id);
        SetNotice("Funds:Deleted", fund.Name);
        return RedirectToPage("Index");
    }

    protected override Task OnInputRejectedAsync() => LoadAsync();

    private async Task LoadAsync()
    {
        Query.Normalize();
        Fund = await fundAppService.GetAsync(Id);
        Restrictions = (await fundAppService.GetRestrictionsAsync(Id)).Items;
        Ledger = await fundAppService.GetLedgerAsync(Id, new FundLedgerInput { SkipCount = Query.Skip, MaxResultCount = Query.Max });
        Pager = Query.Pager(Ledger.TotalCount, ("id", Id));
        var months = (await fundAppService.GetMonthsAsync(Id)).Items;
        ChartJson = Charts.Bars(months.Select(m => m.Month.ToString("MM/yyyy", CultureInfo.InvariantCulture)),
            (L["Fund:Received"], months.Select(m => m.Received)), (L["Fund:Spent"], months.Select(m => m.Spent)));
        CanUpdate = await IsGrantedAsync(FundraisingPermissions.Funds.Update);
        CanDonate = await IsGrantedAsync(FundraisingPermissions.Donations.Create);
        CanDisburse = await IsGrantedAsync(FundraisingPermissions.Disbursements.Create);
        CanDelete = await IsGrantedAsync(FundraisingPermissions.Funds.Delete);
    }
}
