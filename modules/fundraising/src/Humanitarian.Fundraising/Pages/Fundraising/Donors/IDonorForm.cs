using Humanitarian.Fundraising.Donors;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Humanitarian.Fundraising.Pages.Fundraising.Donors;

/// <summary>A page with a donor's form (new or edited): what <c>_DonorForm</c> renders.</summary>
public interface IDonorForm
{
    UpdateDonorDto Input { get; }
    List<SelectListItem> Kinds { get; }
    string Label(string propertyName);
}
