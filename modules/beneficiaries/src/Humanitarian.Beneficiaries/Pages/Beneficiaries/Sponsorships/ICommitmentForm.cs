using Humanitarian.Beneficiaries.Sponsorships;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Humanitarian.Beneficiaries.Pages.Beneficiaries.Sponsorships;

/// <summary>A page with a sponsorship's commitment in its form (new or edited): what <c>_Commitment</c> renders.</summary>
public interface ICommitmentForm
{
    UpdateSponsorshipDto Input { get; }
    List<SelectListItem> SupportKinds { get; }
    List<SelectListItem> Needs { get; }
    string Label(string propertyName);
}
