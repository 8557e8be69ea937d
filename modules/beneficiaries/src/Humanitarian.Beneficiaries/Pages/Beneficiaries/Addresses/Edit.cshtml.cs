using Humanitarian.Beneficiaries.Addresses;
using Humanitarian.Beneficiaries.Permissions;
using Humanitarian.Beneficiaries.Services.Addresses;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Humanitarian.Beneficiaries.Pages.Beneficiaries.Addresses;

/// <summary>Edits an address; its kind (person or facility) stays what it was recorded as.</summary>
[Authorize(BeneficiariesPermissions.Addresses.Update)]
public sealed class EditModel(IHumanitarianAddressAppService addressAppService, BeneficiaryLookups lookups)
    : AddressFormPageModel(lookups), IAddressForm
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public UpdateHumanitarianAddressDto Input { get; set; } = new();

    CreateHumanitarianAddressDto IAddressForm.Input => Input;

    protected override CreateHumanitarianAddressDto Form => Input;

    public async Task OnGetAsync()
    {
        Input = (await addressAppService.GetAsync(Id)).ToUpdateDto();
        await LoadAsync();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            await LoadAsync();
            return Page();
        }
        var address = await addressAppService.UpdateAsync(Id, Input);
        SetNotice("Addresses:Updated", address.FullName);
        return RedirectToPage("Details", new { id = address.Id });
    }
}
