using Humanitarian.Framework.Timing;
using Humanitarian.Fundraising.Donations;
using Humanitarian.Fundraising.Permissions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Humanitarian.Fundraising.Pages.Fundraising.Donations;

/// <summary>
/// A gift received: numbered by the service, then its receipt shown. <c>?entry=</c> switches between cash
/// in đồng, cash in another currency and goods, so that the form shows only the amount fields that apply
/// (links, as the sponsorship form's sponsor kind, so no script is needed).
/// </summary>
[Authorize(FundraisingPermissions.Donations.Create)]
public sealed class CreateModel(IDonationAppService donationAppService, FundraisingLookups lookups, TimeProvider clock) : FundraisingPageModel
{
    [BindProperty]
    public CreateDonationDto Input { get; set; } = new();

    [BindProperty]
    public DonationEntry Entry { get; set; }

    public List<SelectListItem> Funds { get; private set; } = [];
    public List<SelectListItem> Donors { get; private set; } = [];
    public List<SelectListItem> Units { get; private set; } = [];
    public List<SelectListItem> CreditedUnits { get; private set; } = [];
    public List<SelectListItem> Campaigns { get; private set; } = [];

    public async Task OnGetAsync(Guid? fundId, Guid? donorId, DonationEntry? entry)
    {
        ModelState.Clear(); // a malformed ?entry= is cash in đồng, it is no form error
        Entry = entry ?? DonationEntry.Vnd;
        Input.FundId = fundId ?? Guid.Empty;
        Input.DonorId = donorId;
        Input.Date = VietnamCalendar.Today(clock);
        await OnInputRejectedAsync();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        KeepOnlyEntryFields();
        if (!ModelState.IsValid)
        {
            await OnInputRejectedAsync();
            return Page();
        }
        var donation = await donationAppService.CreateAsync(Input);
        SetNotice("Donations:Created", donation.ReceiptNumber);
        return RedirectToPage("Details", new { id = donation.Id });
    }

    /// <summary>What the other shapes would have sent is dropped, so the service sees one shape only.</summary>
    private void KeepOnlyEntryFields()
    {
        Input.Kind = Entry == DonationEntry.InKind ? DonationKind.InKind : DonationKind.Cash;
        if (Entry == DonationEntry.ForeignCurrency)
        {
            Input.Amount = null;
            Input.Currency = Input.Currency?.Trim().ToUpperInvariant();
        }
        else
        {
            Input.Currency = null;
            Input.ForeignAmount = null;
            Input.ExchangeRate = null;
        }
    }

    protected override async Task OnInputRejectedAsync()
    {
        Funds = await lookups.FundOptionsAsync(Input.FundId);
        Donors = await lookups.DonorOptionsAsync(Input.DonorId);
        Units = await lookups.UnitOptionsAsync(Input.CollectingUnitId);
        CreditedUnits = await lookups.UnitOptionsAsync(Input.CreditedUnitId);
        Campaigns = await lookups.CampaignOptionsAsync(Input.CampaignId);
    }
}
