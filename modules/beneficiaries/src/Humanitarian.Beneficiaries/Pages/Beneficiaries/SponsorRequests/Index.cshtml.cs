using Humanitarian.Beneficiaries.Permissions;
using Humanitarian.Beneficiaries.SponsorRequests;
using Humanitarian.Framework.Application;
using Humanitarian.Framework.AspNetCore.Mvc.UI;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Humanitarian.Beneficiaries.Pages.Beneficiaries.SponsorRequests;

/// <summary>The public "I want to sponsor" requests; pending ones first by default, as they wait for a decision.</summary>
[Authorize(BeneficiariesPermissions.SponsorRequests.Default)]
public sealed class IndexModel(ISponsorRequestAppService sponsorRequestAppService) : BeneficiariesPageModel
{
    [BindProperty(SupportsGet = true)]
    public ListQuery Query { get; set; } = new();

    [BindProperty(SupportsGet = true, Name = "status")]
    public SponsorRequestStatus? Status { get; set; }

    public PagedResultDto<SponsorRequestDto> Result { get; private set; } = new();
    public PagerModel Pager { get; private set; } = null!;
    public List<SelectListItem> Statuses { get; private set; } = [];

    public bool IsFiltered => Query.Filter is not null || Status is not null;

    public async Task OnGetAsync()
    {
        ModelState.Clear(); // a malformed ?status= or ?skip= falls back to the default, it is no form error
        Query.Normalize();
        Statuses = EnumItems(StatusName, Status);
        Result = await sponsorRequestAppService.GetListAsync(new SponsorRequestListInput
        {
            Filter = Query.Filter, Status = Status, SkipCount = Query.Skip, MaxResultCount = Query.Max,
        });
        Pager = Query.Pager(Result.TotalCount, ("status", Status));
    }
}
