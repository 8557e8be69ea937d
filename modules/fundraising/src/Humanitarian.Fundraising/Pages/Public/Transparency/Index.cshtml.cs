using Humanitarian.Framework.MultiTenancy;
using Humanitarian.Fundraising.Pages.Fundraising;
using Humanitarian.Fundraising.Public;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Humanitarian.Fundraising.Pages.Public.Transparency;

/// <summary>
/// A tenant's public funds with what each received and spent, for anyone without signing in ("công khai,
/// minh bạch"). The tenant is the URL's, whatever a cookie remembers; an unknown or closed one is a 404.
/// </summary>
[AllowAnonymous]
public sealed class IndexModel(ITransparencyAppService transparency, ITenantStore tenants) : FundraisingPageModel
{
    [BindProperty(SupportsGet = true)]
    public string TenantName { get; set; } = "";

    public string TenantDisplayName { get; private set; } = "";
    public IReadOnlyList<PublicFundSummaryDto> Funds { get; private set; } = [];

    public async Task OnGetAsync()
    {
        Funds = (await transparency.GetFundsAsync(TenantName)).Items;
        TenantDisplayName = (await tenants.FindAsync(TenantName))?.DisplayName ?? TenantName;
    }
}
