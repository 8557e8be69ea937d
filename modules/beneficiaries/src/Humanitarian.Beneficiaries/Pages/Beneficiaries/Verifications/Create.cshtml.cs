using Humanitarian.Beneficiaries.Permissions;
using Humanitarian.Beneficiaries.Verifications;
using Humanitarian.Framework.Timing;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Humanitarian.Beneficiaries.Pages.Beneficiaries.Verifications;

/// <summary>Draws a round's sample: a period and either a share of its deliveries or a number of them.</summary>
[Authorize(BeneficiariesPermissions.Verifications.Create)]
public sealed class CreateModel(IDeliveryVerificationAppService verificationAppService, TimeProvider clock) : BeneficiariesPageModel
{
    /// <summary>The sample asked for when the user changes nothing (the example).</summary>
    private const int DefaultPercent = 5;

    [BindProperty]
    public CreateDeliveryVerificationDto Input { get; set; } = new();

    /// <summary>Last month, the period a round usually checks, at the usual share.</summary>
    public void OnGet()
    {
        var today = VietnamCalendar.Today(clock);
        var thisMonth = new DateOnly(today.Year, today.Month, 1);
        (Input.From, Input.To, Input.SamplePercent) = (thisMonth.AddMonths(-1), thisMonth.AddDays(-1), DefaultPercent);
    }

    /// <summary>"Name" is the round's; the module's other forms name addresses.</summary>
    protected override string FieldLabelKey(string propertyName) =>
        propertyName == nameof(CreateDeliveryVerificationDto.Name) ? "Field:VerificationName" : base.FieldLabelKey(propertyName);

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var round = await verificationAppService.CreateAsync(Input);
        SetNotice("Verifications:Created", round.SampledCount);
        return RedirectToPage("Details", new { id = round.Id });
    }
}
