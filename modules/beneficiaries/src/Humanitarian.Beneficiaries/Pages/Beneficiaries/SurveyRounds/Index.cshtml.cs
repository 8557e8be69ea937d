using Humanitarian.Beneficiaries.Permissions;
using Humanitarian.Beneficiaries.Surveys;
using Humanitarian.Framework.Application;
using Humanitarian.Framework.AspNetCore.Mvc.UI;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Humanitarian.Beneficiaries.Pages.Beneficiaries.SurveyRounds;

/// <summary>The yearly survey rounds, newest first, each with how many units have sent their dossiers.</summary>
[Authorize(BeneficiariesPermissions.SurveyRounds.Default)]
public sealed class IndexModel(ISurveyRoundAppService roundAppService) : BeneficiariesPageModel
{
    [BindProperty(SupportsGet = true)]
    public ListQuery Query { get; set; } = new();

    public PagedResultDto<SurveyRoundDto> Result { get; private set; } = new();
    public PagerModel Pager { get; private set; } = null!;
    public bool CanCreate { get; private set; }

    public async Task OnGetAsync()
    {
        ModelState.Clear(); // a malformed ?skip= falls back to the first page
        Query.Normalize();
        CanCreate = await IsGrantedAsync(BeneficiariesPermissions.SurveyRounds.Create);
        Result = await roundAppService.GetListAsync(new SurveyRoundListInput { SkipCount = Query.Skip, MaxResultCount = Query.Max });
        Pager = Query.Pager(Result.TotalCount);
    }
}
