using Humanitarian.Campaigns.Campaigns;
using Humanitarian.Campaigns.Permissions;
using Humanitarian.Framework.Application;
using Humanitarian.Framework.AspNetCore.Mvc.UI;
using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.WebUtilities;

namespace Humanitarian.Campaigns.Pages.Campaigns;

/// <summary>The tenant's campaigns: search by name (marks folded), kind, status and a year they run in.</summary>
[Authorize(CampaignsPermissions.Campaigns.Default)]
public sealed class IndexModel(ICampaignAppService campaignAppService) : CampaignsPageModel
{
    private static readonly string[] Sortings = ["startDate desc", "startDate", "name", "name desc"];

    [BindProperty(SupportsGet = true)]
    public ListQuery Query { get; set; } = new();

    [BindProperty(SupportsGet = true, Name = "kind")]
    public CampaignKind? Kind { get; set; }

    [BindProperty(SupportsGet = true, Name = "status")]
    public CampaignStatus? Status { get; set; }

    [BindProperty(SupportsGet = true, Name = "year")]
    public int? Year { get; set; }

    [BindProperty(SupportsGet = true, Name = "sort")]
    public string? Sort { get; set; }

    public PagedResultDto<CampaignDto> Result { get; private set; } = new();
    public PagerModel Pager { get; private set; } = null!;
    public List<SelectListItem> Kinds { get; private set; } = [];
    public List<SelectListItem> Statuses { get; private set; } = [];
    public bool CanCreate { get; private set; }

    public bool IsFiltered => !string.IsNullOrEmpty(Query.Filter) || Kind is not null || Status is not null || Year is not null;

    public Task OnGetAsync()
    {
        ModelState.Clear(); // a malformed ?skip=, ?kind= or ?year= falls back to the default, it is no form error
        return LoadAsync();
    }

    /// <summary>A year out of range is refused by the service: the message over an empty list.</summary>
    protected override Task OnInputRejectedAsync()
    {
        Result = new PagedResultDto<CampaignDto>();
        return LoadOptionsAsync();
    }

    /// <summary>The list as it is filtered and sorted, every page, as a sheet.</summary>
    public string ExportUrl => QueryHelpers.AddQueryString(Url.Content("~/api/app/campaign/export-excel"),
        new Dictionary<string, string?>
        {
            ["filter"] = Query.Filter, ["kind"] = Kind?.ToString(), ["status"] = Status?.ToString(),
            ["year"] = Year?.ToString(CultureInfo.InvariantCulture), ["sorting"] = Sort,
        }.Where(v => !string.IsNullOrEmpty(v.Value)));

    /// <summary>The sorting a column header links to: ascending first, then descending.</summary>
    public string SortLinkFor(string column) => Sort == column ? column + " desc" : column;

    private async Task LoadAsync()
    {
        Query.Normalize();
        Sort = Sortings.Contains(Sort) ? Sort : Sortings[0];
        await LoadOptionsAsync();
        Result = await campaignAppService.GetListAsync(new CampaignListInput
        {
            Filter = Query.Filter,
            Kind = Kind,
            Status = Status,
            Year = Year,
            Sorting = Sort,
            SkipCount = Query.Skip,
            MaxResultCount = Query.Max,
        });
        Pager = Query.Pager(Result.TotalCount, ("kind", Kind), ("status", Status), ("year", Year), ("sort", Sort));
    }

    private async Task LoadOptionsAsync()
    {
        Pager = Query.Pager(0);
        Kinds = EnumItems<CampaignKind>(KindName, Kind);
        Statuses = EnumItems<CampaignStatus>(StatusName, Status);
        CanCreate = await IsGrantedAsync(CampaignsPermissions.Campaigns.Create);
    }
}
