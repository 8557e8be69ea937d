using Humanitarian.Framework.Application;
using Humanitarian.Framework.AspNetCore.Mvc.UI;
using Humanitarian.Fundraising.Donations;
using Humanitarian.Fundraising.Permissions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Humanitarian.Fundraising.Pages.Fundraising.Donations;

/// <summary>Donations by fund, days received and cancellation; searched by receipt number, donor or restriction.</summary>
[Authorize(FundraisingPermissions.Donations.Default)]
public sealed class IndexModel(IDonationAppService donationAppService, IDonationExcelAppService excelAppService, FundraisingLookups lookups)
    : FundraisingPageModel
{
    [BindProperty(SupportsGet = true)]
    public ListQuery Query { get; set; } = new();

    [BindProperty(SupportsGet = true, Name = "fundId")]
    public Guid? FundId { get; set; }

    [BindProperty(SupportsGet = true, Name = "from")]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true, Name = "to")]
    public DateOnly? To { get; set; }

    [BindProperty(SupportsGet = true, Name = "cancelled")]
    public bool? Cancelled { get; set; }

    public PagedResultDto<DonationDto> Result { get; private set; } = new();
    public PagerModel Pager { get; private set; } = null!;
    public List<SelectListItem> Funds { get; private set; } = [];
    public bool CanCreate { get; private set; }

    public bool IsFiltered => Query.Filter is not null || FundId is not null || From is not null || To is not null || Cancelled is not null;

    public async Task OnGetAsync()
    {
        ModelState.Clear(); // a malformed ?skip= or ?from= falls back to the default, it is no form error
        Query.Normalize();
        Funds = await lookups.FundOptionsAsync(FundId);
        var input = ListInput();
        (input.SkipCount, input.MaxResultCount) = (Query.Skip, Query.Max);
        Result = await donationAppService.GetListAsync(input);
        Pager = Query.Pager(Result.TotalCount, ("fundId", FundId), ("from", From), ("to", To), ("cancelled", Cancelled));
        CanCreate = await IsGrantedAsync(FundraisingPermissions.Donations.Create);
    }

    /// <summary>What the list shows (same search and filters), every page, as a sheet.</summary>
    public async Task<IActionResult> OnGetExportAsync()
    {
        ModelState.Clear();
        Query.Normalize();
        var file = await excelAppService.ExportExcelAsync(ListInput());
        return File(file.GetStream(), file.ContentType, file.FileName);
    }

    public string ExportUrl => Url.Page("Index", "Export", ListQuery.RouteValues(
            ("filter", Query.Filter), ("fundId", FundId), ("from", From?.ToString("yyyy-MM-dd")), ("to", To?.ToString("yyyy-MM-dd")), ("cancelled", Cancelled))
        .Where(v => v.Value is not null).ToDictionary())!;

    private DonationListInput ListInput() => new() { Filter = Query.Filter, FundId = FundId, From = From, To = To, IsCancelled = Cancelled };
}
