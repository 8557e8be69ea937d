using Humanitarian.Beneficiaries.Deliveries;
using Humanitarian.Beneficiaries.Permissions;
using Humanitarian.Beneficiaries.Sponsorships;
using Humanitarian.Framework.Timing;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Humanitarian.Beneficiaries.Pages.Beneficiaries.Deliveries;

/// <summary>Records what a sponsor actually gave under a sponsorship: it counts toward the commitment.</summary>
[Authorize(BeneficiariesPermissions.SupportDeliveries.Create)]
public sealed class CreateModel(
    ISupportDeliveryAppService deliveryAppService,
    ISponsorshipAppService sponsorshipAppService,
    TimeProvider clock) : BeneficiariesPageModel
{
    [BindProperty]
    public CreateSupportDeliveryDto Input { get; set; } = new();

    public SponsorshipDto Sponsorship { get; private set; } = null!;
    public List<SelectListItem> Kinds { get; private set; } = [];

    public async Task OnGetAsync(Guid sponsorshipId)
    {
        Input.SponsorshipId = sponsorshipId;
        Input.Date = VietnamCalendar.Today(clock);
        await LoadAsync(preselectKind: true);
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            await LoadAsync();
            return Page();
        }
        var delivery = await deliveryAppService.CreateAsync(Input);
        SetNotice("Deliveries:Created", Date(delivery.Date), delivery.SponsorName);
        return RedirectToPage("/Beneficiaries/Addresses/Details", new { id = delivery.HumanitarianAddressId });
    }

    protected override Task OnInputRejectedAsync() => LoadAsync();

    /// <summary>The DTO's <c>Kind</c> is what this delivery was, cash or goods.</summary>
    protected override string FieldLabelKey(string propertyName) =>
        propertyName == nameof(CreateSupportDeliveryDto.Kind) ? "Field:DeliveryKind" : base.FieldLabelKey(propertyName);

    private async Task LoadAsync(bool preselectKind = false)
    {
        Sponsorship = await sponsorshipAppService.GetAsync(Input.SponsorshipId);
        if (preselectKind)
        {
            // Goods only when that is all the sponsor committed to.
            Input.Kind = Sponsorship.Kind == SupportKind.Goods ? DeliveryKind.Goods : DeliveryKind.Cash;
        }
        Kinds = EnumItems(KindName, (DeliveryKind?)Input.Kind);
    }
}
