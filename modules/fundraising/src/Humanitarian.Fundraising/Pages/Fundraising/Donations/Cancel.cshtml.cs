using Humanitarian.Fundraising.Donations;
using Humanitarian.Fundraising.Permissions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Humanitarian.Fundraising.Pages.Fundraising.Donations;

/// <summary>
/// A donation cancelled with its reason: its amount leaves the fund again and its receipt number stays used.
/// Refused when the money was already spent; the service's message says how much could still be returned.
/// </summary>
[Authorize(FundraisingPermissions.Donations.Cancel)]
public sealed class CancelModel(IDonationAppService donationAppService) : FundraisingPageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public CancelDonationDto Input { get; set; } = new();

    public DonationDto Donation { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync()
    {
        await OnInputRejectedAsync();
        return Donation.IsCancelled ? RedirectToPage("Details", new { id = Id }) : Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            await OnInputRejectedAsync();
            return Page();
        }
        var donation = await donationAppService.CancelAsync(Id, Input);
        SetNotice("Donations:CancelledNotice", donation.ReceiptNumber);
        return RedirectToPage("Details", new { id = donation.Id });
    }

    protected override async Task OnInputRejectedAsync() => Donation = await donationAppService.GetAsync(Id);
}
