using Humanitarian.Fundraising.Funds;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Humanitarian.Fundraising.Pages.Fundraising.Funds;

/// <summary>A page with a fund's form (new or edited): what <c>_FundForm</c> renders.</summary>
public interface IFundForm
{
    UpdateFundDto Input { get; }
    List<SelectListItem> Committees { get; }
    string Label(string propertyName);
}
