using System.Globalization;
using Humanitarian.Beneficiaries.Permissions;
using Humanitarian.Beneficiaries.Verifications;
using Humanitarian.Framework.AspNetCore.Mvc.UI;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Humanitarian.Beneficiaries.Pages.Beneficiaries.Verifications;

/// <summary>
/// A round: its sampled deliveries, each with a small form for what the verifier found, the rates per
/// sponsor and per unit, and the round as a sheet.
/// </summary>
[Authorize(BeneficiariesPermissions.Verifications.Default)]
public sealed class DetailsModel(IDeliveryVerificationAppService verificationAppService, IDeliveryVerificationExcelAppService excelAppService)
    : BeneficiariesPageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    /// <summary>The one item's form that was posted; its values and errors are shown again on that row only.</summary>
    [BindProperty]
    public RecordVerificationOutcomeDto Input { get; set; } = new();

    public DeliveryVerificationWithItemsDto Round { get; private set; } = null!;
    public DeliveryVerificationRatesDto Rates { get; private set; } = new();
    public bool CanRecord { get; private set; }

    public Task OnGetAsync() => LoadAsync();

    public async Task<IActionResult> OnPostRecordAsync()
    {
        if (!ModelState.IsValid)
        {
            await LoadAsync();
            return Page();
        }
        var item = await verificationAppService.RecordAsync(Id, Input);
        SetNotice("Verifications:Recorded", item.HumanitarianAddressName);
        return RedirectToPage("Details", null, new { id = Id }, "item-" + item.Id);
    }

    public async Task<IActionResult> OnGetExportAsync()
    {
        var file = await excelAppService.ExportExcelAsync(Id);
        return File(file.GetStream(), file.ContentType, file.FileName);
    }

    protected override Task OnInputRejectedAsync() => LoadAsync();

    public string Title => Round.Name ?? L["Verifications:Unnamed", Date(Round.From), Date(Round.To)];

    public bool IsPosted(DeliveryVerificationItemDto item) => Request.HasFormContentType && Input.ItemId == item.Id;

    /// <summary>The row's errors after a refused post of its form, in one line.</summary>
    public IReadOnlyList<string> ErrorsOf(DeliveryVerificationItemDto item) => IsPosted(item)
        ? ModelState.Where(e => e.Key.Length == 0 || e.Key.StartsWith(InputPrefix + ".", StringComparison.Ordinal))
            .SelectMany(e => e.Value!.Errors).Select(e => e.ErrorMessage).Distinct().ToList()
        : [];

    /// <summary>The outcomes a verifier picks from (not "pending"), the row's current one selected.</summary>
    public List<SelectListItem> Outcomes(DeliveryVerificationItemDto item)
    {
        var selected = IsPosted(item) ? Input.Outcome : item.Outcome;
        return Enum.GetValues<VerificationOutcome>().Where(o => o != VerificationOutcome.Pending)
            .Select(o => new SelectListItem(OutcomeName(o), o.ToString(), o == selected)).ToList();
    }

    /// <summary>The amount as typed when the row's form came back, else as recorded (1.234.567).</summary>
    public string AmountText(DeliveryVerificationItemDto item) =>
        IsPosted(item) && ModelState.TryGetValue(InputPrefix + "." + nameof(Input.AmountReceived), out var entry)
            ? entry.AttemptedValue ?? ""
            : item.AmountReceived is { } amount ? Vnd.FormatNumber(amount) : "";

    public string? NoteText(DeliveryVerificationItemDto item) => IsPosted(item) ? Input.Note : item.Note;

    public string RateText(decimal? rate) =>
        rate is { } value ? (value * 100).ToString("0.#", CultureInfo.CurrentCulture) + "%" : L["Verifications:NoRate"];

    private async Task LoadAsync()
    {
        Round = await verificationAppService.GetAsync(Id);
        Rates = await verificationAppService.GetRatesAsync(Id);
        CanRecord = await IsGrantedAsync(BeneficiariesPermissions.Verifications.Record);
    }
}
