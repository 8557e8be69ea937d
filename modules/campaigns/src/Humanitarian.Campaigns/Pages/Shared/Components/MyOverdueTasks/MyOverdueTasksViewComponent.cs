using Humanitarian.Campaigns.Tasks;
using Humanitarian.Framework.Application;
using Humanitarian.Framework.Timing;
using Microsoft.AspNetCore.Mvc;

namespace Humanitarian.Campaigns.Pages.Shared.Components.MyOverdueTasks;

/// <summary>
/// "Việc quá hạn của tôi" on the home page: the caller's oldest overdue items, with the count of all of
/// them and a link to the full list. Shown to those with the tasks permission (see CampaignsModule).
/// </summary>
public sealed class MyOverdueTasksViewComponent(ITaskAssignmentAppService tasks, TimeProvider clock) : ViewComponent
{
    public const string Name = "MyOverdueTasks";
    private const int Shown = 10;

    public async Task<IViewComponentResult> InvokeAsync() => View(new MyOverdueTasksModel(
        await tasks.GetMyOverdueListAsync(new PagedAndSortedResultRequestDto { MaxResultCount = Shown }), VietnamCalendar.Today(clock)));
}

public sealed record MyOverdueTasksModel(PagedResultDto<TaskAssignmentDto> Overdue, DateOnly Today)
{
    public int DaysLate(TaskAssignmentDto task) => Today.DayNumber - task.DueDate.DayNumber;
}
