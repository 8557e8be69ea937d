using System.ComponentModel.DataAnnotations;
using Humanitarian.Beneficiaries.Permissions;
using Humanitarian.Beneficiaries.SponsorRequests;
using Humanitarian.Framework.Timing;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Humanitarian.Beneficiaries.Pages.Beneficiaries.SponsorRequests;

/// <summary>What the chapter gives with its decision: the sponsorship's first day, or why it declines.</summary>
public sealed class DecisionInput
{
    public DateOnly? SponsorshipStartDate { get; set; }

    [StringLength(SponsorRequestConsts.MaxReasonLength)]
    public string? Reason { get; set; }
}

/// <summary>
/// A request with the requester's contact details, and its decision: approving makes the sponsorship
/// (from the date chosen), declining keeps the reason. The two forms share one input: the service
/// checks what each needs (a reason to decline), so neither form's rule blocks the other.
/// </summary>
[Authorize(BeneficiariesPermissions.SponsorRequests.Default)]
public sealed class DetailsModel(ISponsorRequestAppService sponsorRequestAppService, TimeProvider clock) : BeneficiariesPageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public DecisionInput Input { get; set; } = new();

    public SponsorRequestDto SponsorRequest { get; private set; } = null!;
    public bool CanDecide { get; private set; }

    public async Task OnGetAsync()
    {
        await LoadAsync();
        var today = VietnamCalendar.Today(clock);
        Input.SponsorshipStartDate = SponsorRequest.StartMonth > today ? SponsorRequest.StartMonth : today;
    }

    public async Task<IActionResult> OnPostApproveAsync()
    {
        if (!ModelState.IsValid)
        {
            await LoadAsync();
            return Page();
        }
        var sponsorship = await sponsorRequestAppService.ApproveAsync(Id, new ApproveSponsorRequestDto { SponsorshipStartDate = Input.SponsorshipStartDate });
        SetNotice("SponsorRequests:Approved", sponsorship.SponsorName);
        return RedirectToPage("Details", new { id = Id });
    }

    public async Task<IActionResult> OnPostDeclineAsync()
    {
        if (!ModelState.IsValid)
        {
            await LoadAsync();
            return Page();
        }
        var request = await sponsorRequestAppService.DeclineAsync(Id, new DeclineSponsorRequestDto { Reason = Input.Reason ?? "" });
        SetNotice("SponsorRequests:Declined", request.RequesterName);
        return RedirectToPage("Details", new { id = Id });
    }

    protected override Task OnInputRejectedAsync() => LoadAsync();

    private async Task LoadAsync()
    {
        SponsorRequest = await sponsorRequestAppService.GetAsync(Id);
        CanDecide = SponsorRequest.Status == SponsorRequestStatus.Pending && await IsGrantedAsync(BeneficiariesPermissions.SponsorRequests.Decide);
    }
}
