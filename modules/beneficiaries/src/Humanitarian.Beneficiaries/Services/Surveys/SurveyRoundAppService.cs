using Humanitarian.Beneficiaries.Entities;
using Humanitarian.Beneficiaries.Localization;
using Humanitarian.Beneficiaries.Permissions;
using Humanitarian.Beneficiaries.Surveys;
using Humanitarian.Campaigns.Campaigns;
using Humanitarian.Campaigns.Tasks;
using Humanitarian.Framework.Application;
using Humanitarian.Framework.Domain;
using Humanitarian.Framework.MultiTenancy;
using Humanitarian.Organization.Units;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Humanitarian.Beneficiaries.Services.Surveys;

/// <summary>
/// Survey rounds at <c>/api/app/survey-round</c>. The units' dossiers are Campaigns tasks, given through
/// its application service with the caller's own permissions (whoever opens a round must be allowed to
/// give tasks); who has submitted is read back through its lookup, since that is what a round shows.
/// </summary>
[Authorize(BeneficiariesPermissions.SurveyRounds.Default)]
public sealed class SurveyRoundAppService(
    IRepository<SurveyRound, Guid> rounds,
    IRepository<HumanitarianAddress, Guid> addresses,
    ICampaignAppService campaigns,
    ITaskAssignmentAppService tasks,
    ICampaignTaskLookup taskLookup,
    IUnitLookup units,
    ICurrentTenant currentTenant,
    IStringLocalizer<BeneficiariesResource> l) : ApplicationService, ISurveyRoundAppService
{
    private static readonly Dictionary<string, string> Sortable = new()
    {
        ["year"] = nameof(SurveyRound.Year), ["deadline"] = nameof(SurveyRound.Deadline), ["title"] = nameof(SurveyRound.Title),
    };

    public async Task<PagedResultDto<SurveyRoundDto>> GetListAsync(SurveyRoundListInput input)
    {
        var query = (await rounds.GetQueryableAsync()).AsNoTracking().Include(r => r.Units).AsQueryable();
        if (input.Year is { } year)
        {
            query = query.Where(r => r.Year == year);
        }
        var total = await query.LongCountAsync();
        var page = await query.ApplySorting(input.Sorting, "year desc", Sortable).PageBy(input).ToListAsync();
        var shown = new List<SurveyRoundDto>();
        foreach (var round in page)
        {
            shown.Add(await ShowAsync(round, withUnits: false));
        }
        return new PagedResultDto<SurveyRoundDto>(total, shown);
    }

    public async Task<SurveyRoundDto> GetAsync(Guid id) => await ShowAsync(await FindAsync(id), withUnits: true);

    [Authorize(BeneficiariesPermissions.SurveyRounds.Create)]
    public async Task<SurveyRoundDto> CreateAsync(CreateSurveyRoundDto input)
    {
        var campaign = await FindCampaignAsync(input.CampaignId!.Value);
        // A predecessor's round of that year, inherited after a merger, is not the heir's own.
        if (await (await rounds.GetQueryableAsync()).AnyAsync(r => r.Year == input.Year && r.TenantId == currentTenant.Id))
        {
            throw new AbpValidationException(l["Validation:SurveyRoundExists", input.Year], "year");
        }
        var unitIds = input.UnitIds.Distinct().ToList();
        if ((await units.GetNamesAsync(unitIds)).Count != unitIds.Count)
        {
            throw new AbpValidationException(l["Validation:UnknownUnit"], "unitIds");
        }
        var title = string.IsNullOrWhiteSpace(input.Title) ? l["SurveyRounds:DefaultTitle", input.Year].Value : input.Title;
        var round = new SurveyRound(Guid.NewGuid(), campaign.Id, input.Year, title, input.Deadline ?? SurveyRound.LatestDeadline(input.Year));
        foreach (var unitId in unitIds)
        {
            round.Assign(unitId, await GiveTaskAsync(round, unitId));
        }
        await rounds.InsertAsync(round, autoSave: true);
        return await ShowAsync(round, withUnits: true);
    }

    private async Task<Guid> GiveTaskAsync(SurveyRound round, Guid unitId)
    {
        try
        {
            return (await tasks.CreateAsync(new CreateTaskAssignmentDto
            {
                CampaignId = round.CampaignId, UnitId = unitId, Title = round.Title, DueDate = round.Deadline,
                Description = l["SurveyRounds:TaskDescription", round.Year].Value,
            })).Id;
        }
        // A deadline outside the campaign's period: the task's due date is the round's deadline, the field the form has.
        catch (BusinessException e) when (e.Members.Contains("dueDate"))
        {
            e.Data[BusinessException.MembersDataKey] = new[] { "deadline" };
            throw;
        }
    }

    private async Task<SurveyRound> FindAsync(Guid id) =>
        await (await rounds.GetQueryableAsync()).AsNoTracking().Include(r => r.Units).FirstOrDefaultAsync(r => r.Id == id)
        ?? throw new EntityNotFoundException(typeof(SurveyRound), id);

    /// <summary>Another tenant's campaign, or one that does not exist, is a wrong value in the form: 400 on the field.</summary>
    private async Task<CampaignDto> FindCampaignAsync(Guid id)
    {
        try
        {
            return await campaigns.GetAsync(id);
        }
        catch (EntityNotFoundException)
        {
            throw new AbpValidationException(l["Validation:UnknownCampaign"], "campaignId");
        }
    }

    private async Task<SurveyRoundDto> ShowAsync(SurveyRound round, bool withUnits)
    {
        var unitIds = round.Units.Select(u => u.UnitId).ToList();
        var (from, to) = round.SurveyPeriod;
        var surveyed = await (await addresses.GetQueryableAsync())
            .Where(a => a.SurveyingUnitId != null && unitIds.Contains(a.SurveyingUnitId.Value) && a.SurveyDate >= from && a.SurveyDate <= to)
            .GroupBy(a => a.SurveyingUnitId!.Value).Select(g => new { g.Key, Count = g.LongCount() })
            .ToDictionaryAsync(g => g.Key, g => g.Count);
        var taskStatuses = await taskLookup.GetAsync(round.Units.Select(u => u.TaskAssignmentId));
        var dto = new SurveyRoundDto
        {
            Id = round.Id, CampaignId = round.CampaignId, Year = round.Year, Title = round.Title, Deadline = round.Deadline,
            UnitCount = round.Units.Count, AddressesSurveyed = surveyed.Values.Sum(),
            CampaignName = taskStatuses.Values.FirstOrDefault()?.CampaignName,
            SubmittedCount = taskStatuses.Values.Count(t => HasSubmitted(t.Status)),
            OverdueCount = taskStatuses.Values.Count(t => t.IsOverdue),
            CreationTime = round.CreationTime, CreatorId = round.CreatorId,
            LastModificationTime = round.LastModificationTime, LastModifierId = round.LastModifierId,
        };
        if (withUnits)
        {
            var names = await units.GetNamesAsync(unitIds);
            dto.Units = round.Units.Select(u => Show(u, taskStatuses.GetValueOrDefault(u.TaskAssignmentId), names, surveyed))
                .OrderBy(u => u.HasSubmitted).ThenBy(u => u.UnitName, StringComparer.CurrentCulture).ToList();
        }
        return dto;
    }

    /// <param name="task">Null when the task is gone (deleted in Campaigns).</param>
    private static SurveyRoundUnitDto Show(SurveyRoundUnit unit, CampaignTaskState? task, IReadOnlyDictionary<Guid, string> names, Dictionary<Guid, long> surveyed) => new()
    {
        UnitId = unit.UnitId, UnitName = names.GetValueOrDefault(unit.UnitId, ""), TaskAssignmentId = unit.TaskAssignmentId,
        TaskStatus = task?.Status.ToString(), HasSubmitted = task is not null && HasSubmitted(task.Status),
        SubmittedTime = task?.SubmittedTime, IsOverdue = task?.IsOverdue == true, AddressesSurveyed = surveyed.GetValueOrDefault(unit.UnitId),
    };

    private static bool HasSubmitted(TaskAssignmentStatus status) => status is TaskAssignmentStatus.Submitted or TaskAssignmentStatus.Accepted;
}
