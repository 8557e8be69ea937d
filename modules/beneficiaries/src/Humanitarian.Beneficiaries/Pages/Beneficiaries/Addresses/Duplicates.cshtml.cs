using Humanitarian.Beneficiaries.Addresses;
using Humanitarian.Beneficiaries.Permissions;
using Humanitarian.Framework.Application;
using Humanitarian.Framework.AspNetCore.Mvc.UI;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Humanitarian.Beneficiaries.Pages.Beneficiaries.Addresses;

/// <summary>
/// The review queue of probable duplicates: each pair side by side with what differs marked, merged
/// into the record the reviewer keeps, or confirmed as two people and not offered again.
/// </summary>
[Authorize(BeneficiariesPermissions.Addresses.Default)]
public sealed class DuplicatesModel(IAddressDuplicateAppService duplicateAppService, BeneficiaryLookups lookups) : BeneficiariesPageModel
{
    private const int PairsPerPage = 10;

    [BindProperty(SupportsGet = true)]
    public ListQuery Query { get; set; } = new();

    [BindProperty(SupportsGet = true, Name = "reason")]
    public DuplicateReason? Reason { get; set; }

    public PagedResultDto<DuplicatePairDto> Result { get; private set; } = new();
    public PagerModel Pager { get; private set; } = null!;
    public bool CanMerge { get; private set; }
    public bool CanDismiss { get; private set; }
    public bool CanSeeSensitive { get; private set; }

    private Dictionary<Guid, string> _unitNames = [];

    public Task OnGetAsync()
    {
        ModelState.Clear(); // a malformed ?skip= falls back to the first page
        return LoadAsync();
    }

    public async Task<IActionResult> OnPostMergeAsync(Guid keptId, Guid duplicateId)
    {
        var kept = await duplicateAppService.MergeAsync(new MergeAddressesDto { KeptId = keptId, DuplicateId = duplicateId });
        SetNotice("Duplicates:Merged", kept.FullName);
        return RedirectToPage("Duplicates", BackRoute());
    }

    public async Task<IActionResult> OnPostDismissAsync(Guid addressId, Guid otherAddressId)
    {
        await duplicateAppService.DismissAsync(new DismissDuplicateDto { AddressId = addressId, OtherAddressId = otherAddressId });
        SetNotice("Duplicates:Dismissed");
        return RedirectToPage("Duplicates", BackRoute());
    }

    /// <summary>A refused merge: the message over the queue as it is.</summary>
    protected override Task OnInputRejectedAsync() => LoadAsync();

    public string? UnitName(Guid? unitId) => unitId is { } id ? _unitNames.GetValueOrDefault(id) : null;

    /// <summary>The rows of the comparison: a field's label and its text on each side, so the view marks those that differ.</summary>
    public IEnumerable<(string Label, string First, string Second)> Rows(DuplicatePairDto pair)
    {
        var (a, b) = (pair.First, pair.Second);
        yield return (L["Field:FullName"], a.Address.FullName, b.Address.FullName);
        yield return (L["Field:BirthYear"], $"{a.Address.BirthYear}", $"{b.Address.BirthYear}");
        yield return (L["Field:Sex"], Text(a.Address.Sex), Text(b.Address.Sex));
        if (CanSeeSensitive)
        {
            yield return (L["Field:NationalId"], a.Address.NationalId ?? "", b.Address.NationalId ?? "");
        }
        yield return (L["Field:Commune"], a.Address.Commune ?? "", b.Address.Commune ?? "");
        yield return (L["Field:Address"], a.Address.Address ?? "", b.Address.Address ?? "");
        yield return (L["Field:Phone"], a.Address.Phone ?? "", b.Address.Phone ?? "");
        yield return (L["Field:Categories"], string.Join(", ", a.Address.Categories.Select(CategoryName)), string.Join(", ", b.Address.Categories.Select(CategoryName)));
        yield return (L["Field:Status"], StatusName(a.Address.Status), StatusName(b.Address.Status));
        yield return (L["Field:SurveyingUnitId"], UnitName(a.Address.SurveyingUnitId) ?? "", UnitName(b.Address.SurveyingUnitId) ?? "");
        yield return (L["Field:SurveyDate"], Date(a.Address.SurveyDate), Date(b.Address.SurveyDate));
        yield return (L["Duplicates:Sponsorships"], $"{a.Sponsorships}", $"{b.Sponsorships}");
        yield return (L["Duplicates:Deliveries"], $"{a.Deliveries}", $"{b.Deliveries}");
    }

    private string Text(Sex? sex) => sex is { } value ? SexName(value) : "";

    private object BackRoute() => new { skip = Query.Skip, reason = Reason };

    private async Task LoadAsync()
    {
        Query.Normalize();
        Pager = Query.Pager(0);
        CanMerge = await IsGrantedAsync(BeneficiariesPermissions.Addresses.Delete);
        CanDismiss = await IsGrantedAsync(BeneficiariesPermissions.Addresses.Update);
        CanSeeSensitive = await IsGrantedAsync(BeneficiariesPermissions.SensitiveData);
        Result = await duplicateAppService.GetListAsync(new DuplicatePairListInput { Reason = Reason, SkipCount = Query.Skip, MaxResultCount = PairsPerPage });
        Pager = new PagerModel(Result.TotalCount, Query.Skip, PairsPerPage, ListQuery.RouteValues(("reason", Reason)).Where(v => v.Value is not null).ToDictionary());
        _unitNames = (await lookups.GetAllUnitsAsync()).ToDictionary(u => u.Id, u => u.Name);
    }
}
