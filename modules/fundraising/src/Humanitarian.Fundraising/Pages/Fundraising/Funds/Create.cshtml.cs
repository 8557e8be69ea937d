using Humanitarian.Fundraising.Funds;
using Humanitarian.Fundraising.Permissions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Humanitarian.Fundraising.Pages.Fundraising.Funds;

/// <summary>A new fund: its code (receipts are numbered per fund), name and the committee that manages it.</summary>
[Authorize(FundraisingPermissions.Funds.Create)]
public sealed class CreateModel(IFundAppService fundAppService, FundraisingLookups lookups) : FundraisingPageModel, IFundForm
{
    [BindProperty]
    public CreateFundDto Input { get; set; } = new();

    UpdateFundDto IFundForm.Input => Input;

    public List<SelectListItem> Committees { get; private set; } = [];

    public Task OnGetAsync() => OnInputRejectedAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            await OnInputRejectedAsync();
            return Page();
        }
        var fund = await fundAppService.CreateAsync(Input);
        SetNotice("Funds:Created", fund.Name);
        return RedirectToPage("Details", new { id = fund.Id });
    }

    protected override async Task OnInputRejectedAsync() => Committees = await lookups.CommitteeOptionsAsync(Input.ManagingCommitteeId);
}
