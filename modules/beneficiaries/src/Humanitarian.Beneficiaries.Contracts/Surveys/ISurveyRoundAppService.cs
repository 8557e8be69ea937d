using Humanitarian.Framework.Application;

namespace Humanitarian.Beneficiaries.Surveys;

/// <summary>The yearly survey rounds at <c>/api/app/survey-round</c>: which units have sent their dossiers, and how many addresses each surveyed.</summary>
public interface ISurveyRoundAppService : IApplicationService
{
    Task<PagedResultDto<SurveyRoundDto>> GetListAsync(SurveyRoundListInput input);

    Task<SurveyRoundDto> GetAsync(Guid id);

    /// <summary>Gives each unit a task of the campaign due on the deadline; the campaign's reminders then reach the late ones.</summary>
    Task<SurveyRoundDto> CreateAsync(CreateSurveyRoundDto input);
}
