using Humanitarian.Framework.Timing;
using Humanitarian.Fundraising.Permissions;
using Humanitarian.Fundraising.Pledges;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Humanitarian.Fundraising.Pages.Fundraising.Pledges;

/// <summary>A donor's promise to a fund; <c>?fundId=</c> and <c>?donorId=</c> choose them ahead (from a fund's or a donor's page).</summary>
[Authorize(FundraisingPermissions.Pledges.Create)]
public sealed class CreateModel(IPledgeAppService pledgeAppService, FundraisingLookups lookups, TimeProvider clock)
    : FundraisingPageModel, IPledgeForm
{
    [BindProperty]
    public CreatePledgeDto Input { get; set; } = new();

    UpdatePledgeDto IPledgeForm.Input => Input;

    public List<SelectListItem> Funds { get; private set; } = [];
    public List<SelectListItem> Donors { get; private set; } = [];
    public List<SelectListItem> Units { get; private set; } = [];

    public async Task OnGetAsync(Guid? fundId, Guid? donorId)
    {
        ModelState.Clear(); // a malformed ?fundId= chooses no fund, it is no form error
        Input.FundId = fundId ?? Guid.Empty;
        Input.DonorId = donorId ?? Guid.Empty;
        Input.DueDate = VietnamCalendar.Today(clock);
        await OnInputRejectedAsync();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        PledgeInstalmentRows.DropBlank(Input, Request.Form, ModelState);
        if (!ModelState.IsValid)
        {
            await OnInputRejectedAsync();
            return Page();
        }
        var pledge = await pledgeAppService.CreateAsync(Input);
        SetNotice("Pledges:Created", pledge.DonorName, pledge.FundName);
        return RedirectToPage("Index", new { donorId = pledge.DonorId });
    }

    protected override async Task OnInputRejectedAsync()
    {
        Funds = await lookups.FundOptionsAsync(Input.FundId);
        Donors = await lookups.DonorOptionsAsync(Input.DonorId);
        Units = await lookups.UnitOptionsAsync(Input.CollectingUnitId);
    }
}
