using Humanitarian.Fundraising.Donors;
using Humanitarian.Fundraising.Permissions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Humanitarian.Fundraising.Pages.Fundraising.Donors;

/// <summary>A new donor; consent to publish the name is recorded (with its time and recorder) only when ticked.</summary>
[Authorize(FundraisingPermissions.Donors.Create)]
public sealed class CreateModel(IDonorAppService donorAppService) : FundraisingPageModel, IDonorForm
{
    [BindProperty]
    public CreateDonorDto Input { get; set; } = new();

    UpdateDonorDto IDonorForm.Input => Input;

    public List<SelectListItem> Kinds { get; private set; } = [];

    public void OnGet() => LoadOptions();

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            LoadOptions();
            return Page();
        }
        var donor = await donorAppService.CreateAsync(Input);
        SetNotice("Donors:Created", donor.Name);
        return RedirectToPage("Details", new { id = donor.Id });
    }

    protected override Task OnInputRejectedAsync()
    {
        LoadOptions();
        return Task.CompletedTask;
    }

    private void LoadOptions() => Kinds = EnumItems(KindName, (DonorKind?)Input.Kind);
}
