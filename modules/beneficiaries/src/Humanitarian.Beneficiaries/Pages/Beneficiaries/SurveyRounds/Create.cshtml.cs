using Humanitarian.Beneficiaries.Permissions;
using Humanitarian.Beneficiaries.Surveys;
using Humanitarian.Campaigns.Campaigns;
using Humanitarian.Framework.Application;
using Humanitarian.Framework.Timing;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Humanitarian.Beneficiaries.Pages.Beneficiaries.SurveyRounds;

/// <summary>Opens a year's survey: the campaign it belongs to, the deadline (end of February by default) and the units asked.</summary>
[Authorize(BeneficiariesPermissions.SurveyRounds.Create)]
public sealed class CreateModel(
    ISurveyRoundAppService roundAppService, ICampaignAppService campaignAppService, BeneficiaryLookups lookups, TimeProvider clock)
    : BeneficiariesPageModel
{
    [BindProperty]
    public CreateSurveyRoundDto Input { get; set; } = new();

    public List<SelectListItem> Campaigns { get; private set; } = [];
    public List<SelectListItem> Units { get; private set; } = [];

    public async Task OnGetAsync()
    {
        // In the autumn the next year's survey is planned; until then, this year's.
        var today = VietnamCalendar.Today(clock);
        Input.Year = today.Month >= 9 ? today.Year + 1 : today.Year;
        await LoadAsync();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            await LoadAsync();
            return Page();
        }
        var round = await roundAppService.CreateAsync(Input);
        SetNotice("SurveyRounds:Created", round.Title, round.UnitCount);
        return RedirectToPage("Details", new { id = round.Id });
    }

    protected override Task OnInputRejectedAsync() => LoadAsync();

    private async Task LoadAsync()
    {
        var campaigns = await PagedResults.ReadAllAsync(skip => campaignAppService.GetListAsync(new CampaignListInput
        {
            Sorting = "startDate desc", SkipCount = skip, MaxResultCount = LimitedResultRequestDto.MaxMaxResultCount,
        }));
        // The humanitarian-address campaign is the usual home of the survey: it comes first.
        Input.CampaignId ??= campaigns.FirstOrDefault(c => c.Kind == CampaignKind.HumanitarianAddress)?.Id;
        Campaigns = campaigns.OrderBy(c => c.Kind != CampaignKind.HumanitarianAddress)
            .Select(c => new SelectListItem(c.Name, c.Id.ToString(), c.Id == Input.CampaignId)).ToList();
        Units = (await lookups.GetAllUnitsAsync())
            .Select(u => new SelectListItem(u.Name + " (" + u.Code + ")", u.Id.ToString(), Input.UnitIds.Contains(u.Id))).ToList();
    }
}
