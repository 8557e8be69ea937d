using Humanitarian.Fundraising.Funds;
using Humanitarian.Fundraising.Permissions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Humanitarian.Fundraising.Pages.Fundraising.Funds;

/// <summary>A fund renamed or handed to another committee; the concurrency stamp turns a change made meanwhile into a message.</summary>
[Authorize(FundraisingPermissions.Funds.Update)]
public sealed class EditModel(IFundAppService fundAppService, FundraisingLookups lookups) : FundraisingPageModel, IFundForm
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public UpdateFundDto Input { get; set; } = new();

    public FundDto Fund { get; private set; } = null!;
    public List<SelectListItem> Committees { get; private set; } = [];

    public async Task OnGetAsync()
    {
        Fund = await fundAppService.GetAsync(Id);
        Input = new UpdateFundDto
        {
            Name = Fund.Name, ManagingCommitteeId = Fund.ManagingCommitteeId, IsTransparent = Fund.IsTransparent,
            ConcurrencyStamp = Fund.ConcurrencyStamp,
        };
        Committees = await lookups.CommitteeOptionsAsync(Input.ManagingCommitteeId);
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            await OnInputRejectedAsync();
            return Page();
        }
        var fund = await fundAppService.UpdateAsync(Id, Input);
        SetNotice("Funds:Saved", fund.Name);
        return RedirectToPage("Details", new { id = fund.Id });
    }

    protected override async Task OnInputRejectedAsync()
    {
        Fund = await fundAppService.GetAsync(Id);
        Committees = await lookups.CommitteeOptionsAsync(Input.ManagingCommitteeId);
    }
}
