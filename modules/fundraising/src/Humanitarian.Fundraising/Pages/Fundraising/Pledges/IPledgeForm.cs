using Humanitarian.Fundraising.Pledges;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Humanitarian.Fundraising.Pages.Fundraising.Pledges;

/// <summary>A page with a pledge's form (new or edited): what <c>_PledgeForm</c> renders.</summary>
public interface IPledgeForm
{
    UpdatePledgeDto Input { get; }
    List<SelectListItem> Units { get; }
    string Label(string propertyName);
}
