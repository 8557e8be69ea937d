using Humanitarian.Campaigns.Permissions;
using Humanitarian.Campaigns.Tasks;
using Humanitarian.Framework.Application;
using Humanitarian.Framework.AspNetCore.Mvc.UI;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.WebUtilities;

namespace Humanitarian.Campaigns.Pages.Campaigns.Tasks;

/// <summary>
/// "Nhiệm vụ của đơn vị tôi": the tasks the caller may see — the service keeps a unit officer to their
/// units — by due date, filtered by status or overdue today.
/// </summary>
[Authorize(CampaignsPermissions.Tasks.Default)]
public sealed class IndexModel(ITaskAssignmentAppService taskAppService) : CampaignsPageModel
{
    [BindProperty(SupportsGet = true)]
    public ListQuery Query { get; set; } = new();

    [BindProperty(SupportsGet = true, Name = "status")]
    public TaskAssignmentStatus? Status { get; set; }

    [BindProperty(SupportsGet = true, Name = "overdue")]
    public bool? Overdue { get; set; }

    public PagedResultDto<TaskAssignmentDto> Result { get; private set; } = new();
    public PagerModel Pager { get; private set; } = null!;
    public List<SelectListItem> Statuses { get; private set; } = [];

    public bool IsFiltered => !string.IsNullOrEmpty(Query.Filter) || Status is not null || Overdue is not null;

    /// <summary>The list as it is filtered, every page, as a sheet.</summary>
    public string ExportUrl => QueryHelpers.AddQueryString(Url.Content("~/api/app/task-assignment/export-excel"),
        new Dictionary<string, string?>
        {
            ["filter"] = Query.Filter, ["status"] = Status?.ToString(), ["isOverdue"] = Overdue == true ? "true" : null,
        }.Where(v => !string.IsNullOrEmpty(v.Value)));

    public async Task OnGetAsync()
    {
        ModelState.Clear(); // a malformed ?skip= or ?status= falls back to the default, it is no form error
        Query.Normalize();
        Statuses = EnumItems(StatusName, Status);
        Result = await taskAppService.GetListAsync(new TaskAssignmentListInput
        {
            Filter = Query.Filter,
            Status = Status,
            IsOverdue = Overdue == true ? true : null,
            SkipCount = Query.Skip,
            MaxResultCount = Query.Max,
        });
        Pager = Query.Pager(Result.TotalCount, ("status", Status), ("overdue", Overdue));
    }
}
