using Humanitarian.Fundraising.Donors;
using Humanitarian.Fundraising.Permissions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Humanitarian.Fundraising.Pages.Fundraising.Donors;

/// <summary>A donor corrected; a change of consent to publish the name is recorded by the service with its time and recorder.</summary>
[Authorize(FundraisingPermissions.Donors.Update)]
public sealed class EditModel(IDonorAppService donorAppService) : FundraisingPageModel, IDonorForm
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public UpdateDonorDto Input { get; set; } = new();

    public DonorDto Donor { get; private set; } = null!;
    public List<SelectListItem> Kinds { get; private set; } = [];

    public async Task OnGetAsync()
    {
        Donor = await donorAppService.GetAsync(Id);
        Input = new UpdateDonorDto
        {
            Name = Donor.Name, Kind = Donor.Kind, IsForeign = Donor.IsForeign, TaxCode = Donor.TaxCode, Phone = Donor.Phone,
            Email = Donor.Email, Address = Donor.Address, IsAnonymous = Donor.IsAnonymous, PublishName = Donor.PublishName,
            ConcurrencyStamp = Donor.ConcurrencyStamp,
        };
        Kinds = EnumItems(KindName, (DonorKind?)Input.Kind);
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            await OnInputRejectedAsync();
            return Page();
        }
        var donor = await donorAppService.UpdateAsync(Id, Input);
        SetNotice("Donors:Saved", donor.Name);
        return RedirectToPage("Details", new { id = donor.Id });
    }

    protected override async Task OnInputRejectedAsync()
    {
        Donor = await donorAppService.GetAsync(Id);
        Kinds = EnumItems(KindName, (DonorKind?)Input.Kind);
    }
}
