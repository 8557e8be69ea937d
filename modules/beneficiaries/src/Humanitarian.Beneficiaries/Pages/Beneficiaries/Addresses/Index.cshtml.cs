using Humanitarian.Beneficiaries.Addresses;
using Humanitarian.Beneficiaries.Permissions;
using Humanitarian.Framework.Application;
using Humanitarian.Framework.AspNetCore.Mvc.UI;
using Humanitarian.Framework.MultiTenancy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Humanitarian.Beneficiaries.Pages.Beneficiaries.Addresses;

/// <summary>
/// The addresses the user may see: search by name, commune or national ID; filters by status, kind, category,
/// commune, surveying unit, and probable duplicates; the statuses counted above; the list as a sheet.
/// </summary>
[Authorize(BeneficiariesPermissions.Addresses.Default)]
public sealed class IndexModel(
    IHumanitarianAddressAppService addressAppService,
    IHumanitarianAddressExcelAppService excelAppService,
    BeneficiaryLookups lookups,
    ICurrentTenant currentTenant) : BeneficiariesPageModel
{
    /// <summary>The tenant's public needs page, for staff to find and share; the host has none.</summary>
    public string? PublicNeedsTenant => currentTenant.Name;

    private const int MaxCommuneBars = 15;

    private static readonly string[] Sortings = ["name", "name desc", "commune", "surveyDate desc", "creationTime desc"];

    [BindProperty(SupportsGet = true)]
    public ListQuery Query { get; set; } = new();

    [BindProperty(SupportsGet = true, Name = "status")]
    public AddressStatus? Status { get; set; }

    [BindProperty(SupportsGet = true, Name = "kind")]
    public HumanitarianAddressKind? Kind { get; set; }

    [BindProperty(SupportsGet = true, Name = "category")]
    public AddressCategory? Category { get; set; }

    [BindProperty(SupportsGet = true, Name = "commune")]
    public Guid? CommuneId { get; set; }

    [BindProperty(SupportsGet = true, Name = "unit")]
    public Guid? UnitId { get; set; }

    [BindProperty(SupportsGet = true, Name = "duplicates")]
    public bool? DuplicatesOnly { get; set; }

    [BindProperty(SupportsGet = true, Name = "sort")]
    public string? Sort { get; set; }

    public PagedResultDto<HumanitarianAddressDto> Result { get; private set; } = new();
    public IReadOnlyList<AddressStatusCountDto> StatusCounts { get; private set; } = [];

    /// <summary>The filtered list counted by commune, as a bar chart's configuration; empty when nothing is found.</summary>
    public string CommuneChartJson { get; private set; } = "";
    public long StatusTotal => StatusCounts.Sum(c => c.Count);
    public PagerModel Pager { get; private set; } = null!;
    public List<SelectListItem> Statuses { get; private set; } = [];
    public List<SelectListItem> Kinds { get; private set; } = [];
    public List<SelectListItem> Categories { get; private set; } = [];
    public List<SelectListItem> Communes { get; private set; } = [];
    public List<SelectListItem> Units { get; private set; } = [];
    public bool CanCreate { get; private set; }

    private Dictionary<Guid, string> _unitNames = [];

    public bool IsFiltered => Query.Filter is not null || Status is not null || Kind is not null || Category is not null
                              || CommuneId is not null || UnitId is not null || DuplicatesOnly == true;

    public Task OnGetAsync()
    {
        ModelState.Clear(); // a malformed ?skip= or ?status= falls back to the default, it is no form error
        return LoadAsync();
    }

    /// <summary>What the list shows (same search, filters and order), every page, as a sheet.</summary>
    public async Task<IActionResult> OnGetExportAsync()
    {
        Normalize();
        var file = await excelAppService.ExportExcelAsync(ExportInput());
        return File(file.GetStream(), file.ContentType, file.FileName);
    }

    protected override Task OnInputRejectedAsync() => LoadOptionsAsync();

    public string? UnitName(Guid? unitId) => unitId is { } id ? _unitNames.GetValueOrDefault(id) : null;

    /// <summary>The list sorted by a column: ascending first, then descending.</summary>
    public string SortUrl(string column)
    {
        var route = FilterRoute();
        route["sort"] = Sort == column ? column + " desc" : column;
        return Url.Page("Index", route)!;
    }

    /// <summary>The export of what the list shows.</summary>
    public string ExportUrl => Url.Page("Index", "Export", FilterRoute())!;

    private Dictionary<string, string?> FilterRoute() => ListQuery.RouteValues(
            ("filter", Query.Filter), ("status", Status), ("kind", Kind), ("category", Category), ("commune", CommuneId),
            ("unit", UnitId), ("duplicates", DuplicatesOnly), ("sort", Sort))
        .Where(v => v.Value is not null).ToDictionary();

    private void Normalize()
    {
        Query.Normalize();
        Sort = Sortings.Contains(Sort) ? Sort : Sortings[0];
    }

    private HumanitarianAddressListInput ListInput() => new()
    {
        Filter = Query.Filter, Status = Status, Kind = Kind, Category = Category, CommuneId = CommuneId,
        SurveyingUnitId = UnitId, DuplicatesOnly = DuplicatesOnly, Sorting = Sort,
    };

    private HumanitarianAddressFilterDto CountInput() => new()
    {
        Filter = Query.Filter, Status = Status, Kind = Kind, Category = Category, CommuneId = CommuneId,
        SurveyingUnitId = UnitId, DuplicatesOnly = DuplicatesOnly,
    };

    /// <summary>The communes with most addresses, one bar each; the rest as one "other" bar, so that a province stays readable.</summary>
    private string CommuneChart(IReadOnlyList<AddressCommuneCountDto> counts)
    {
        if (counts.Count == 0)
        {
            return "";
        }
        var shown = counts.Take(MaxCommuneBars).ToList();
        var labels = shown.Select(c => c.Commune ?? L["Addresses:NoCommune"].Value).ToList();
        var values = shown.Select(c => c.Count).ToList();
        if (counts.Count > MaxCommuneBars)
        {
            labels.Add(L["Addresses:OtherCommunes", counts.Count - MaxCommuneBars]);
            values.Add(counts.Skip(MaxCommuneBars).Sum(c => c.Count));
        }
        return Charts.Bar(L["Addresses:ByCommune"], labels, values);
    }

    private HumanitarianAddressExcelExportInput ExportInput() => new()
    {
        Filter = Query.Filter, Status = Status, Kind = Kind, Category = Category, CommuneId = CommuneId,
        SurveyingUnitId = UnitId, DuplicatesOnly = DuplicatesOnly, Sorting = Sort,
    };

    private async Task LoadAsync()
    {
        Normalize();
        await LoadOptionsAsync();
        var input = ListInput();
        input.SkipCount = Query.Skip;
        input.MaxResultCount = Query.Max;
        Result = await addressAppService.GetListAsync(input);
        StatusCounts = (await addressAppService.GetStatusCountsAsync()).Items;
        CommuneChartJson = CommuneChart((await addressAppService.GetCommuneCountsAsync(CountInput())).Items);
        Pager = Query.Pager(Result.TotalCount, ("status", Status), ("kind", Kind), ("category", Category), ("commune", CommuneId),
            ("unit", UnitId), ("duplicates", DuplicatesOnly), ("sort", Sort));
    }

    private async Task LoadOptionsAsync()
    {
        Pager = Query.Pager(0);
        CanCreate = await IsGrantedAsync(BeneficiariesPermissions.Addresses.Create);
        var canSeeSensitive = await IsGrantedAsync(BeneficiariesPermissions.SensitiveData);
        Statuses = EnumItems<AddressStatus>(StatusName, Status);
        Kinds = EnumItems<HumanitarianAddressKind>(KindName, Kind);
        // HIV/AIDS is a filter only for those who may see it.
        Categories = EnumItems<AddressCategory>(CategoryName, Category)
            .Where(c => canSeeSensitive || c.Value != nameof(AddressCategory.HivAids)).ToList();
        var units = await lookups.GetAllUnitsAsync();
        _unitNames = units.ToDictionary(u => u.Id, u => u.Name);
        Units = BeneficiaryLookups.UnitOptions(units, UnitId);
        Communes = BeneficiaryLookups.AreaOptions(await lookups.GetCommunesAsync(), CommuneId);
    }
}
