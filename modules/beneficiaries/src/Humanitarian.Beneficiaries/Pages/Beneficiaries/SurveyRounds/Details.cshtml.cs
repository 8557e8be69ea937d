using Humanitarian.Beneficiaries.Permissions;
using Humanitarian.Beneficiaries.Surveys;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Humanitarian.Beneficiaries.Pages.Beneficiaries.SurveyRounds;

/// <summary>A round unit by unit: who has sent the dossier, who is late, and how many addresses each surveyed.</summary>
[Authorize(BeneficiariesPermissions.SurveyRounds.Default)]
public sealed class DetailsModel(ISurveyRoundAppService roundAppService) : BeneficiariesPageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    public SurveyRoundDto Round { get; private set; } = null!;

    public async Task OnGetAsync() => Round = await roundAppService.GetAsync(Id);
}
