using System.Globalization;
using Humanitarian.Beneficiaries.Addresses;
using Humanitarian.Beneficiaries.Pages.Beneficiaries;
using Humanitarian.Beneficiaries.Public;
using Humanitarian.Beneficiaries.SponsorRequests;
using Humanitarian.Framework.Timing;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.RateLimiting;

namespace Humanitarian.Beneficiaries.Pages.Public.Needs;

/// <summary>
/// "Tôi muốn hỗ trợ": anyone leaves their contact details and offer for a need of the catalogue; the
/// chapter approves or declines. The thank-you repeats the need as the catalogue showed it, nothing more.
/// Posts count against the client address's request limit, as the API's do.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(SponsorRequestConsts.RateLimitPolicy)]
public sealed class SponsorModel(IPublicNeedsAppService publicNeeds, TimeProvider clock) : BeneficiariesPageModel
{
    private const string SentKey = "Beneficiaries.SponsorRequestSent";

    /// <summary>How many months ahead a requester may choose to start.</summary>
    public const int MonthsOffered = 12;

    [BindProperty(SupportsGet = true)]
    public string TenantName { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public Guid AddressId { get; set; }

    [BindProperty]
    public CreateSponsorRequestDto Input { get; set; } = new();

    public PublicNeedDetailsDto Details { get; private set; } = null!;
    public PublicNeedDto Need => Details.Need;
    public List<SelectListItem> Months { get; private set; } = [];

    /// <summary>The request went: the page thanks instead of showing the form.</summary>
    public SponsorRequestReceiptDto? Receipt { get; private set; }

    public async Task OnGetAsync()
    {
        var today = VietnamCalendar.Today(clock);
        Input.StartMonth = new DateOnly(today.Year, today.Month, 1).AddMonths(1);
        await LoadAsync();
        Input.MonthlyValue = Math.Max(Need.MonthlyValueSought ?? 0, Details.MinimumMonthlyValue);
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            await LoadAsync();
            return Page();
        }
        var receipt = await publicNeeds.CreateSponsorRequestAsync(TenantName, AddressId, Input);
        // Post, then redirect: reloading the thank-you must not send the offer again.
        TempData[SentKey] = $"{receipt.Category}|{receipt.Commune}";
        return RedirectToPage(new { TenantName, AddressId, handler = "Sent" });
    }

    /// <summary>The thank-you after a request went; opened again later (nothing kept), the catalogue.</summary>
    public IActionResult OnGetSent()
    {
        if (TempData[SentKey] is not string sent || sent.Split('|', 2) is not [var category, var commune]
            || !Enum.TryParse<AddressCategory>(category, out var parsed))
        {
            return RedirectToPage("Index", new { TenantName });
        }
        Receipt = new SponsorRequestReceiptDto { Category = parsed, Commune = commune.Length == 0 ? null : commune };
        return Page();
    }

    protected override Task OnInputRejectedAsync() => LoadAsync();

    public string CategoryText => CategoryName(Receipt?.Category ?? Need.Category);

    public string CommuneText => (Receipt is null ? Need.Commune : Receipt.Commune) ?? L["PublicNeeds:NoCommune"].Value;

    private async Task LoadAsync()
    {
        Details = await publicNeeds.GetAsync(TenantName, AddressId);
        var today = VietnamCalendar.Today(clock);
        var first = new DateOnly(today.Year, today.Month, 1);
        Months = Enumerable.Range(0, MonthsOffered).Select(i => first.AddMonths(i)).Select(month => new SelectListItem(
            L["SponsorRequest:MonthOption", month.ToString("MM/yyyy", CultureInfo.InvariantCulture)],
            month.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), month == Input.StartMonth)).ToList();
    }
}
