using Humanitarian.Framework.Application;
using Humanitarian.Framework.AspNetCore.Mvc.UI;
using Humanitarian.Fundraising.Donors;
using Humanitarian.Fundraising.Permissions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Humanitarian.Fundraising.Pages.Fundraising.Donors;

/// <summary>
/// The review queue of probable duplicate donors: each pair side by side with what differs marked, merged
/// into the donor the reviewer keeps, or confirmed as two donors and not offered again.
/// </summary>
[Authorize(FundraisingPermissions.Donors.Default)]
public sealed class DuplicatesModel(IDonorDuplicateAppService duplicateAppService) : FundraisingPageModel
{
    private const int PairsPerPage = 10;

    [BindProperty(SupportsGet = true)]
    public ListQuery Query { get; set; } = new();

    [BindProperty(SupportsGet = true, Name = "reason")]
    public DonorDuplicateReason? Reason { get; set; }

    public PagedResultDto<DonorDuplicatePairDto> Result { get; private set; } = new();
    public PagerModel Pager { get; private set; } = null!;
    public bool CanMerge { get; private set; }
    public bool CanDismiss { get; private set; }

    public Task OnGetAsync()
    {
        ModelState.Clear(); // a malformed ?skip= falls back to the first page
        return LoadAsync();
    }

    public async Task<IActionResult> OnPostMergeAsync(Guid keptId, Guid duplicateId)
    {
        var kept = await duplicateAppService.MergeAsync(new MergeDonorsDto { KeptId = keptId, DuplicateId = duplicateId });
        SetNotice("DonorDuplicates:Merged", kept.Name);
        return RedirectToPage("Duplicates", BackRoute());
    }

    public async Task<IActionResult> OnPostDismissAsync(Guid donorId, Guid otherDonorId)
    {
        await duplicateAppService.DismissAsync(new DismissDonorDuplicateDto { DonorId = donorId, OtherDonorId = otherDonorId });
        SetNotice("DonorDuplicates:Dismissed");
        return RedirectToPage("Duplicates", BackRoute());
    }

    /// <summary>A refused merge (two tax codes, a predecessor's donations): the message over the queue as it is.</summary>
    protected override Task OnInputRejectedAsync() => LoadAsync();

    /// <summary>The rows of the comparison: a field's label and its text on each side, so the view marks those that differ.</summary>
    public IEnumerable<(string Label, string First, string Second)> Rows(DonorDuplicatePairDto pair)
    {
        var (a, b) = (pair.First, pair.Second);
        yield return (L["Field:Name"], a.Donor.Name, b.Donor.Name);
        yield return (L["Field:Kind"], KindName(a.Donor.Kind), KindName(b.Donor.Kind));
        yield return (L["Field:TaxCode"], a.Donor.TaxCode ?? "", b.Donor.TaxCode ?? "");
        yield return (L["Field:Phone"], a.Donor.Phone ?? "", b.Donor.Phone ?? "");
        yield return (L["Field:Email"], a.Donor.Email ?? "", b.Donor.Email ?? "");
        yield return (L["Field:Address"], a.Donor.Address ?? "", b.Donor.Address ?? "");
        yield return (L["Field:PublishName"], YesNo(a.Donor.PublishName), YesNo(b.Donor.PublishName));
        yield return (L["Donor:Anonymous"], YesNo(a.Donor.IsAnonymous), YesNo(b.Donor.IsAnonymous));
        yield return (L["DonorDuplicates:Donations"], $"{a.Donations} · {Vnd.Format(a.DonatedAmount)}", $"{b.Donations} · {Vnd.Format(b.DonatedAmount)}");
        yield return (L["DonorDuplicates:Pledges"], $"{a.Pledges}", $"{b.Pledges}");
    }

    private string YesNo(bool value) => L[value ? "Yes" : "No"];

    private object BackRoute() => new { skip = Query.Skip, reason = Reason };

    private async Task LoadAsync()
    {
        Query.Normalize();
        CanMerge = await IsGrantedAsync(FundraisingPermissions.Donors.Delete);
        CanDismiss = await IsGrantedAsync(FundraisingPermissions.Donors.Update);
        Result = await duplicateAppService.GetListAsync(new DonorDuplicatePairListInput { Reason = Reason, SkipCount = Query.Skip, MaxResultCount = PairsPerPage });
        Pager = new PagerModel(Result.TotalCount, Query.Skip, PairsPerPage, ListQuery.RouteValues(("reason", Reason)).Where(v => v.Value is not null).ToDictionary());
    }
}
