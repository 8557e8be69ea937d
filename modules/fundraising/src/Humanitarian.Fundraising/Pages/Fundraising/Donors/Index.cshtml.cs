using Humanitarian.Framework.Application;
using Humanitarian.Framework.AspNetCore.Mvc.UI;
using Humanitarian.Fundraising.Donors;
using Humanitarian.Fundraising.Permissions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Humanitarian.Fundraising.Pages.Fundraising.Donors;

/// <summary>The people and organisations who give, searched by name, tax code, phone or e-mail, and by kind.</summary>
[Authorize(FundraisingPermissions.Donors.Default)]
public sealed class IndexModel(IDonorAppService donorAppService) : FundraisingPageModel
{
    [BindProperty(SupportsGet = true)]
    public ListQuery Query { get; set; } = new();

    [BindProperty(SupportsGet = true, Name = "kind")]
    public DonorKind? Kind { get; set; }

    public PagedResultDto<DonorDto> Result { get; private set; } = new();
    public PagerModel Pager { get; private set; } = null!;
    public List<SelectListItem> Kinds { get; private set; } = [];
    public bool CanCreate { get; private set; }

    public bool IsFiltered => Query.Filter is not null || Kind is not null;

    public async Task OnGetAsync()
    {
        ModelState.Clear(); // a malformed ?skip= or ?kind= falls back to the default, it is no form error
        Query.Normalize();
        Kinds = EnumItems(KindName, Kind);
        Result = await donorAppService.GetListAsync(new DonorListInput
        {
            Filter = Query.Filter, Kind = Kind, SkipCount = Query.Skip, MaxResultCount = Query.Max,
        });
        Pager = Query.Pager(Result.TotalCount, ("kind", Kind));
        CanCreate = await IsGrantedAsync(FundraisingPermissions.Donors.Create);
    }
}
