using Humanitarian.Fundraising.Permissions;
using Humanitarian.Fundraising.Pledges;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Humanitarian.Fundraising.Pages.Fundraising.Pledges;

/// <summary>A pledge's amount, due date, collecting unit or note changed; the concurrency stamp turns a change made meanwhile into a message.</summary>
[Authorize(FundraisingPermissions.Pledges.Update)]
public sealed class EditModel(IPledgeAppService pledgeAppService, FundraisingLookups lookups) : FundraisingPageModel, IPledgeForm
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public UpdatePledgeDto Input { get; set; } = new();

    public PledgeDto Pledge { get; private set; } = null!;
    public List<SelectListItem> Units { get; private set; } = [];

    public async Task OnGetAsync()
    {
        Pledge = await pledgeAppService.GetAsync(Id);
        Input = new UpdatePledgeDto
        {
            Amount = Pledge.Amount, DueDate = Pledge.DueDate, CollectingUnitId = Pledge.CollectingUnitId, Note = Pledge.Note,
            ConcurrencyStamp = Pledge.ConcurrencyStamp,
            // A pledge given at once shows no rows: its one instalment is its amount and due date.
            Instalments = Pledge.Instalments.Count > 1 ? Pledge.Instalments : null,
        };
        Units = await lookups.UnitOptionsAsync(Input.CollectingUnitId);
    }

    public async Task<IActionResult> OnPostAsync()
    {
        PledgeInstalmentRows.DropBlank(Input, Request.Form, ModelState);
        if (!ModelState.IsValid)
        {
            await OnInputRejectedAsync();
            return Page();
        }
        var pledge = await pledgeAppService.UpdateAsync(Id, Input);
        SetNotice("Pledges:Saved", pledge.DonorName, pledge.FundName);
        return RedirectToPage("Index", new { donorId = pledge.DonorId });
    }

    protected override async Task OnInputRejectedAsync()
    {
        Pledge = await pledgeAppService.GetAsync(Id);
        Units = await lookups.UnitOptionsAsync(Input.CollectingUnitId);
    }
}
