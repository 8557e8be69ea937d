using Humanitarian.Beneficiaries.Addresses;
using Humanitarian.Beneficiaries.Permissions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Humanitarian.Beneficiaries.Pages.Beneficiaries.Addresses;

/// <summary>Records a person or household, or a facility: <c>?kind=Facility</c> switches the form.</summary>
[Authorize(BeneficiariesPermissions.Addresses.Create)]
public sealed class CreateModel(IHumanitarianAddressAppService addressAppService, BeneficiaryLookups lookups)
    : AddressFormPageModel(lookups), IAddressForm
{
    [BindProperty]
    public CreateHumanitarianAddressDto Input { get; set; } = new();

    protected override CreateHumanitarianAddressDto Form => Input;

    public Task OnGetAsync(HumanitarianAddressKind? kind)
    {
        ModelState.Clear(); // a malformed ?kind= is a person, it is no form error
        Input.Kind = kind ?? HumanitarianAddressKind.Person;
        return LoadAsync();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            await LoadAsync();
            return Page();
        }
        var address = await addressAppService.CreateAsync(Input);
        SetNotice("Addresses:Created", address.FullName);
        return RedirectToPage("Details", new { id = address.Id });
    }
}
