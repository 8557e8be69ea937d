using Humanitarian.Beneficiaries.Permissions;
using Humanitarian.Beneficiaries.Sponsorships;
using Humanitarian.Framework.Application;
using Humanitarian.Framework.AspNetCore.Mvc.UI;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Humanitarian.Beneficiaries.Pages.Beneficiaries.Sponsorships;

/// <summary>The tenant's sponsorships (an officer's units' addresses'): current, behind, overlapping; the list as a sheet.</summary>
[Authorize(BeneficiariesPermissions.Sponsorships.Default)]
public sealed class IndexModel(ISponsorshipAppService sponsorshipAppService, ISponsorshipExcelAppService excelAppService)
    : BeneficiariesPageModel
{
    [BindProperty(SupportsGet = true)]
    public ListQuery Query { get; set; } = new();

    [BindProperty(SupportsGet = true, Name = "active")]
    public bool? Active { get; set; }

    [BindProperty(SupportsGet = true, Name = "behind")]
    public bool? Behind { get; set; }

    [BindProperty(SupportsGet = true, Name = "overlapping")]
    public bool? Overlapping { get; set; }

    [BindProperty(SupportsGet = true, Name = "sponsorKind")]
    public SponsorKind? SponsorKind { get; set; }

    public PagedResultDto<SponsorshipDto> Result { get; private set; } = new();
    public PagerModel Pager { get; private set; } = null!;
    public List<SelectListItem> SponsorKinds { get; private set; } = [];

    public bool IsFiltered => Query.Filter is not null || Active is not null || Behind is not null || Overlapping is not null || SponsorKind is not null;

    public async Task OnGetAsync()
    {
        ModelState.Clear(); // a malformed ?skip= or ?active= falls back to the default, it is no form error
        Query.Normalize();
        SponsorKinds = EnumItems(KindName, SponsorKind);
        var input = ListInput();
        input.SkipCount = Query.Skip;
        input.MaxResultCount = Query.Max;
        Result = await sponsorshipAppService.GetListAsync(input);
        Pager = Query.Pager(Result.TotalCount, ("active", Active), ("behind", Behind), ("overlapping", Overlapping), ("sponsorKind", SponsorKind));
    }

    /// <summary>What the list shows (same search and filters), every page, as a sheet.</summary>
    public async Task<IActionResult> OnGetExportAsync()
    {
        Query.Normalize();
        var file = await excelAppService.ExportExcelAsync(ListInput());
        return File(file.GetStream(), file.ContentType, file.FileName);
    }

    public string ExportUrl => Url.Page("Index", "Export", ListQuery.RouteValues(
            ("filter", Query.Filter), ("active", Active), ("behind", Behind), ("overlapping", Overlapping), ("sponsorKind", SponsorKind))
        .Where(v => v.Value is not null).ToDictionary())!;

    private SponsorshipListInput ListInput() => new()
    {
        Filter = Query.Filter, IsActive = Active, IsBehind = Behind, Overlapping = Overlapping, SponsorKind = SponsorKind,
    };
}
