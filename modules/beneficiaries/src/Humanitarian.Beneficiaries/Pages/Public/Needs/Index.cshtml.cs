using Humanitarian.Beneficiaries.Addresses;
using Humanitarian.Beneficiaries.Pages.Beneficiaries;
using Humanitarian.Beneficiaries.Public;
using Humanitarian.Framework.Application;
using Humanitarian.Framework.AspNetCore.Mvc.UI;
using Humanitarian.Framework.MultiTenancy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Humanitarian.Beneficiaries.Pages.Public.Needs;

/// <summary>
/// The needs catalogue as a page anyone may browse, without signing in: the catalogue service's fields
/// only (category, commune, needs, the monthly value sought), so that nothing naming a beneficiary can
/// reach it. An unknown or closed tenant is a 404, as in the API.
/// </summary>
[AllowAnonymous]
public sealed class IndexModel(IPublicNeedsAppService publicNeeds, ITenantStore tenants) : BeneficiariesPageModel
{
    [BindProperty(SupportsGet = true)]
    public string TenantName { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public ListQuery Query { get; set; } = new();

    [BindProperty(SupportsGet = true, Name = "category")]
    public AddressCategory? Category { get; set; }

    [BindProperty(SupportsGet = true, Name = "need")]
    public AddressNeed? Need { get; set; }

    [BindProperty(SupportsGet = true, Name = "commune")]
    public string? Commune { get; set; }

    public string TenantDisplayName { get; private set; } = "";
    public PagedResultDto<PublicNeedDto> Result { get; private set; } = new();
    public PagerModel Pager { get; private set; } = null!;
    public List<SelectListItem> Categories { get; private set; } = [];
    public List<SelectListItem> Needs { get; private set; } = [];

    public bool IsFiltered => Category is not null || Need is not null || Commune is not null;

    public async Task OnGetAsync()
    {
        ModelState.Clear(); // a malformed ?category= or ?skip= falls back to the default, it is no form error
        Query.Normalize();
        Commune = Commune?.Trim() is { Length: > 0 } commune ? commune[..Math.Min(commune.Length, 128)] : null;
        // HIV/AIDS is never published, so it is no filter either.
        if (Category == AddressCategory.HivAids)
        {
            Category = null;
        }
        Result = await publicNeeds.GetListAsync(TenantName, new PublicNeedListInput
        {
            Category = Category, Need = Need, Commune = Commune, SkipCount = Query.Skip, MaxResultCount = Query.Max,
        });
        TenantDisplayName = (await tenants.FindAsync(TenantName))?.DisplayName ?? TenantName;
        Categories = EnumItems(CategoryName, Category).Where(i => i.Value != nameof(AddressCategory.HivAids)).ToList();
        Needs = EnumItems(NeedName, Need);
        Pager = Query.Pager(Result.TotalCount, ("category", Category), ("need", Need), ("commune", Commune));
    }
}
