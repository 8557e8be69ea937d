using Humanitarian.Framework.AspNetCore.Mvc.UI;
using Humanitarian.Framework.Timing;
using Humanitarian.Fundraising.Donors;
using Humanitarian.Fundraising.Permissions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Humanitarian.Fundraising.Pages.Fundraising.Donors;

/// <summary>Who gave most over a period (this year by default) and what each kind of donor gave, as a table and a chart.</summary>
[Authorize(FundraisingPermissions.Donors.Default)]
public sealed class StatisticsModel(IDonorStatisticsAppService statistics, FundraisingLookups lookups, TimeProvider clock) : FundraisingPageModel
{
    private const int TopCount = 20;

    [BindProperty(SupportsGet = true, Name = "fundId")]
    public Guid? FundId { get; set; }

    [BindProperty(SupportsGet = true, Name = "from")]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true, Name = "to")]
    public DateOnly? To { get; set; }

    public IReadOnlyList<DonorTotalDto> Top { get; private set; } = [];
    public IReadOnlyList<DonorKindTotalDto> ByKind { get; private set; } = [];
    public List<SelectListItem> Funds { get; private set; } = [];
    public string ChartJson { get; private set; } = "";

    public async Task OnGetAsync()
    {
        ModelState.Clear(); // a malformed day falls back to the default period, it is no form error
        var today = VietnamCalendar.Today(clock);
        From ??= new DateOnly(today.Year, 1, 1);
        To ??= today;
        var input = new DonorTotalsInput { From = From, To = To, FundId = FundId, Count = TopCount };
        Top = (await statistics.GetTopAsync(input)).Items;
        ByKind = (await statistics.GetByKindAsync(input)).Items;
        Funds = await lookups.FundOptionsAsync(FundId);
        ChartJson = Charts.Bar(L["Field:Amount"], ByKind.Select(k => KindName(k.Kind)), ByKind.Select(k => k.Amount));
    }
}
