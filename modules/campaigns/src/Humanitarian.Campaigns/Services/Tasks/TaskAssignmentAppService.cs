using Humanitarian.Campaigns.Entities;
using Humanitarian.Campaigns.Localization;
using Humanitarian.Campaigns.Permissions;
using Humanitarian.Campaigns.Services.Campaigns;
using Humanitarian.Campaigns.Targets;
using Humanitarian.Campaigns.Tasks;
using Humanitarian.Framework.Application;
using Humanitarian.Framework.Content;
using Humanitarian.Framework.Domain;
using Humanitarian.Framework.MultiTenancy;
using Humanitarian.Framework.Text;
using Humanitarian.Framework.Timing;
using Humanitarian.Framework.Users;
using Humanitarian.Organization.Committees;
using Humanitarian.Organization.Units;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Humanitarian.Campaigns.Services.Tasks;

/// <summary>
/// Tasks to units at <c>/api/app/task-assignment</c> and the units' reports on them. A unit officer sees
/// and reports for the units of their subtree; the committee's side accepts or returns.
/// </summary>
[Authorize(CampaignsPermissions.Tasks.Default)]
public sealed partial class TaskAssignmentAppService(
    IRepository<TaskAssignment, Guid> tasks,
    IRepository<Campaign, Guid> campaigns,
    IRepository<CampaignTarget, Guid> targets,
    IRepository<TaskReportAttachmentContent, Guid> attachmentContents,
    CampaignManager manager,
    IUnitScope unitScope,
    IUnitLookup units,
    ICommitteeLookup committees,
    ICurrentUser currentUser,
    InheritedRecords inheritedRecords,
    AttachmentUploads uploads,
    IOptions<CampaignsOptions> options,
    TimeProvider clock,
    IStringLocalizer<CampaignsResource> l) : ApplicationService, ITaskAssignmentAppService
{
    private static readonly Dictionary<string, string> Sortable = new()
    {
        ["dueDate"] = nameof(TaskAssignment.DueDate), ["title"] = nameof(TaskAssignment.Title), ["status"] = nameof(TaskAssignment.Status),
        ["submittedTime"] = nameof(TaskAssignment.SubmittedTime), ["creationTime"] = nameof(TaskAssignment.CreationTime),
    };

    public async Task<PagedResultDto<TaskAssignmentDto>> GetListAsync(TaskAssignmentListInput input)
    {
        var query = await FilteredAsync(input);
        var total = await query.LongCountAsync();
        var page = await query.ApplySorting(input.Sorting, "dueDate, title", Sortable).PageBy(input)
            .Include(t => t.Figures).Include(t => t.Attachments).AsSplitQuery().ToListAsync();
        return new PagedResultDto<TaskAssignmentDto>(total, await ToDtosAsync(page));
    }

    /// <summary>The list's rows with its filters, every page, as a sheet: what a committee sends on or prints.</summary>
    [HttpGet("api/app/task-assignment/export-excel")]
    public async Task<IRemoteStreamContent> ExportExcelAsync([FromQuery] TaskAssignmentListInput input)
    {
        var tasksOfList = await (await FilteredAsync(input)).ApplySorting(input.Sorting, "dueDate, title", Sortable).ToListAsync();
        return TaskAssignmentExcel.Write(await ToDtosAsync(tasksOfList), l, VietnamCalendar.Today(clock));
    }

    /// <summary>
    /// The caller's overdue items, oldest first unless sorted as the task list, for the home page: a unit officer's units'; a committee
    /// member's, the campaigns their committees steer; anyone else who sees the tenant's tasks, all of them.
    /// Never more than the caller may open.
    /// </summary>
    [HttpGet("api/app/task-assignment/my-overdue")]
    public async Task<PagedResultDto<TaskAssignmentDto>> GetMyOverdueListAsync([FromQuery] PagedAndSortedResultRequestDto input)
    {
        var today = VietnamCalendar.Today(clock);
        IReadOnlyList<Guid>? committeesOfCaller = null;
        if (await unitScope.GetVisibleUnitIdsAsync() is null && currentUser.Id is { } userId
            && await committees.GetCommitteesOfUserAsync(userId, today) is { Count: > 0 } memberOf)
        {
            committeesOfCaller = memberOf;
        }
        var query = OverdueTasks.Of(await VisibleAsync(), (await campaigns.GetQueryableAsync()).AsNoTracking(), today, committeesOfCaller);
        var total = await query.LongCountAsync();
        var page = await query.ApplySorting(input.Sorting, "dueDate, title", Sortable).PageBy(input)
            .Include(t => t.Figures).Include(t => t.Attachments).AsSplitQuery().ToListAsync();
        return new PagedResultDto<TaskAssignmentDto>(total, await ToDtosAsync(page));
    }

    public async Task<TaskAssignmentDto> GetAsync(Guid id) => (await ToDtosAsync([await GetVisibleAsync(id, tracking: false)]))[0];

    [Authorize(CampaignsPermissions.Tasks.Create)]
    public async Task<TaskAssignmentDto> CreateAsync(CreateTaskAssignmentDto input)
    {
        var campaign = await GetCampaignAsync(input.CampaignId!.Value);
        inheritedRecords.CheckOwned(campaign);
        campaign.CheckOpen();
        await manager.EnsureUnitsExistAsync([input.UnitId!.Value], "unitId");
        var year = campaign.RunOfDueDate(input.DueDate!.Value, input.Year, await manager.GetReportLockDaysAsync());
        var task = new TaskAssignment(Guid.NewGuid(), campaign.Id, year, input.UnitId.Value, input.Title, input.Description, input.DueDate.Value);
        await tasks.InsertAsync(task, autoSave: true);
        return (await ToDtosAsync([task]))[0];
    }

    [Authorize(CampaignsPermissions.Tasks.Update)]
    public async Task<TaskAssignmentDto> UpdateAsync(Guid id, UpdateTaskAssignmentDto input)
    {
        var task = await GetVisibleAsync(id, tracking: true);
        inheritedRecords.CheckOwned(task);
        var campaign = await GetCampaignAsync(task.CampaignId);
        campaign.RunOfDueDate(input.DueDate!.Value, task.Year, await manager.GetReportLockDaysAsync());
        if (input.ConcurrencyStamp is not null)
        {
            task.ConcurrencyStamp = input.ConcurrencyStamp;
        }
        task.Describe(input.Title, input.Description, input.DueDate.Value);
        await tasks.UpdateAsync(task, autoSave: true);
        return (await ToDtosAsync([task]))[0];
    }

    /// <summary>Only a task nothing was reported on: a report is the unit's record.</summary>
    [Authorize(CampaignsPermissions.Tasks.Delete)]
    public async Task DeleteAsync(Guid id)
    {
        var task = await GetVisibleAsync(id, tracking: true);
        inheritedRecords.CheckOwned(task);
        task.CheckNeverReported();
        await tasks.DeleteAsync(task);
    }

    /// <summary>The unit's report: only for a unit of the caller's scope, while the campaign runs and the period is open.</summary>
    [Authorize(CampaignsPermissions.Tasks.Submit)]
    public async Task<TaskAssignmentDto> SubmitAsync(Guid id, SubmitTaskAssignmentDto input)
    {
        var task = await GetVisibleAsync(id, tracking: true);
        inheritedRecords.CheckOwned(task);
        await manager.EnsureInScopeAsync(task.UnitId);
        var campaign = await GetCampaignAsync(task.CampaignId);
        campaign.CheckOpen();
        await CheckFiguresAsync(task.CampaignId, input.Figures);
        task.Submit(input.Note, input.Figures.Select(f => (f.TargetId!.Value, f.Value!.Value)), clock.GetUtcNow().UtcDateTime,
            await manager.GetLockDateAsync(campaign, task.Year));
        await tasks.UpdateAsync(task, autoSave: true);
        return (await ToDtosAsync([task]))[0];
    }

    [Authorize(CampaignsPermissions.Reports.Review)]
    public async Task<TaskAssignmentDto> AcceptAsync(Guid id, ReviewTaskAssignmentDto input)
    {
        var task = await GetVisibleAsync(id, tracking: true);
        inheritedRecords.CheckOwned(task);
        task.Accept(input.Comment, currentUser.Id, clock.GetUtcNow().UtcDateTime);
        await tasks.UpdateAsync(task, autoSave: true);
        return (await ToDtosAsync([task]))[0];
    }

    [Authorize(CampaignsPermissions.Reports.Review)]
    public async Task<TaskAssignmentDto> ReturnAsync(Guid id, ReviewTaskAssignmentDto input)
    {
        var task = await GetVisibleAsync(id, tracking: true);
        inheritedRecords.CheckOwned(task);
        task.Return(input.Comment, currentUser.Id, clock.GetUtcNow().UtcDateTime);
        await tasks.UpdateAsync(task, autoSave: true);
        return (await ToDtosAsync([task]))[0];
    }

    [Authorize(CampaignsPermissions.Reports.Reopen)]
    public async Task<TaskAssignmentDto> ReopenAsync(Guid id)
    {
        var task = await GetVisibleAsync(id, tracking: true);
        inheritedRecords.CheckOwned(task);
        var campaign = await GetCampaignAsync(task.CampaignId);
        task.Reopen(VietnamCalendar.Today(clock), await manager.GetLockDateAsync(campaign, task.Year));
        await tasks.UpdateAsync(task, autoSave: true);
        return (await ToDtosAsync([task]))[0];
    }

    /// <summary>Figures only for the campaign's manual targets, one per target.</summary>
    private async Task CheckFiguresAsync(Guid campaignId, IReadOnlyList<TaskReportFigureDto> figures)
    {
        var manual = await (await targets.GetQueryableAsync())
            .Where(t => t.CampaignId == campaignId && t.Metric == TargetMetric.Manual).Select(t => t.Id).ToListAsync();
        for (var i = 0; i < figures.Count; i++)
        {
            var targetId = figures[i].TargetId!.Value;
            if (!manual.Contains(targetId) || figures.Take(i).Any(f => f.TargetId == targetId))
            {
                throw new BusinessException(CampaignsErrorCodes.FigureForUnknownTarget).WithMember($"figures[{i}].targetId");
            }
        }
    }

    private async Task<IQueryable<TaskAssignment>> FilteredAsync(TaskAssignmentListInput input)
    {
        var query = await VisibleAsync();
        var filter = SearchText.Normalize(input.Filter);
        if (filter.Length > 0)
        {
            query = query.Where(t => t.NormalizedTitle.Contains(filter));
        }
        if (input.CampaignId is { } campaignId)
        {
            query = query.Where(t => t.CampaignId == campaignId);
        }
        if (input.UnitId is { } unitId)
        {
            query = query.Where(t => t.UnitId == unitId);
        }
        if (input.Year is { } year)
        {
            query = query.Where(t => t.Year == year);
        }
        if (input.Status is { } status)
        {
            query = query.Where(t => t.Status == status);
        }
        if (input.IsOverdue is { } overdue)
        {
            query = query.Where(TaskAssignment.IsOverdueAt(VietnamCalendar.Today(clock), overdue));
        }
        return query;
    }

    /// <summary>The tenant's tasks, of the caller's units only when the caller is attached to a unit.</summary>
    private async Task<IQueryable<TaskAssignment>> VisibleAsync()
    {
        var query = (await tasks.GetQueryableAsync()).AsNoTracking();
        return await unitScope.GetVisibleUnitIdsAsync() is { } visible ? query.Where(t => visible.Contains(t.UnitId)) : query;
    }

    private async Task<TaskAssignment> GetVisibleAsync(Guid id, bool tracking)
    {
        var query = await VisibleAsync();
        return await (tracking ? query.AsTracking() : query).Include(t => t.Figures).Include(t => t.Attachments).AsSplitQuery()
            .FirstOrDefaultAsync(t => t.Id == id)
               ?? throw new EntityNotFoundException(typeof(TaskAssignment), id);
    }

    private async Task<Campaign> GetCampaignAsync(Guid id) =>
        await (await campaigns.GetQueryableAsync()).AsNoTracking().FirstOrDefaultAsync(c => c.Id == id)
        ?? throw new BusinessException(CampaignsErrorCodes.UnknownCampaign).WithData("id", id).WithMember("campaignId");

    private async Task<List<TaskAssignmentDto>> ToDtosAsync(IReadOnlyList<TaskAssignment> page)
    {
        var unitNames = await units.GetNamesAsync(page.Select(t => t.UnitId));
        var campaignIds = page.Select(t => t.CampaignId).Distinct().ToList();
        var pageCampaigns = await (await campaigns.GetQueryableAsync()).AsNoTracking().Where(c => campaignIds.Contains(c.Id)).ToListAsync();
        var lockDays = await manager.GetReportLockDaysAsync();
        var today = VietnamCalendar.Today(clock);
        return page.Select(t =>
        {
            var campaign = pageCampaigns.Single(c => c.Id == t.CampaignId);
            return t.ToDto(campaign.Name, unitNames.GetValueOrDefault(t.UnitId), today, campaign.ReportLockDate(t.Year, lockDays));
        }).ToList();
    }
}
