using Humanitarian.Campaigns.Permissions;
using Humanitarian.Campaigns.Reminders;
using Humanitarian.Campaigns.Targets;
using Humanitarian.Campaigns.Tasks;
using Humanitarian.Campaigns.Services;
using Humanitarian.Framework.Application;
using Humanitarian.Framework.AspNetCore.Mvc.UI.Attachments;
using Humanitarian.Framework.Content;
using Humanitarian.Framework.MultiTenancy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Humanitarian.Campaigns.Pages.Campaigns.Tasks;

/// <summary>
/// A task and its report: the unit submits its note and a figure for each of the campaign's Manual
/// targets; the committee accepts it or returns it with a comment, and reopens a locked one.
/// </summary>
[Authorize(CampaignsPermissions.Tasks.Default)]
public sealed class DetailsModel(
    ITaskAssignmentAppService taskAppService, ICampaignTargetAppService targetAppService, IReminderAppService reminderAppService,
    IOptions<CampaignsOptions> options, ICurrentTenant currentTenant)
    : CampaignsPageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    /// <summary>The report form; one figure row per Manual target, in <see cref="ManualTargets"/>' order.</summary>
    [BindProperty]
    public SubmitTaskAssignmentDto Input { get; set; } = new();

    [BindProperty]
    public ReviewTaskAssignmentDto Review { get; set; } = new();

    public TaskAssignmentDto Assignment { get; private set; } = null!;

    /// <summary>The campaign's targets measured from the units' figures, for this task's year.</summary>
    public IReadOnlyList<CampaignTargetDto> ManualTargets { get; private set; } = [];

    public bool CanSubmit { get; private set; }
    public bool CanReview { get; private set; }
    public bool CanReopen { get; private set; }
    public bool CanUpdate { get; private set; }

    /// <summary>Only a task nothing was reported on can go.</summary>
    public bool CanDelete { get; private set; }

    /// <summary>The report's files change as the report does: while the unit may still submit it.</summary>
    public AttachmentsCardModel AttachmentsCard => new()
    {
        RecordId = Assignment.Id, Items = Assignment.Attachments, CanChange = CanSubmit, MaxBytes = options.Value.MaxAttachmentBytes,
    };

    /// <summary>What the reminders told whom about this task, newest first; null without the reminders permission.</summary>
    public PagedResultDto<ReminderDto>? Reminders { get; private set; }

    /// <summary>A unit officer sees their tasks, not the campaign's page.</summary>
    public bool CanSeeCampaign { get; private set; }

    public async Task OnGetAsync()
    {
        await LoadAsync();
        FillReportForm();
    }

    /// <summary>The report form as last submitted (or empty), one figure row per Manual target.</summary>
    private void FillReportForm() =>
        Input = new SubmitTaskAssignmentDto
        {
            Note = Assignment.ReportNote,
            Figures = ManualTargets.Select(t => new TaskReportFigureDto
            {
                TargetId = t.Id,
                Value = Assignment.Figures.FirstOrDefault(f => f.TargetId == t.Id)?.Value,
            }).ToList(),
        };

    public async Task<IActionResult> OnPostSubmitAsync()
    {
        // A figure left blank is no figure: the unit reports what it has; the service checks the rest.
        Input.Figures = Input.Figures.Where(f => f.Value is not null).ToList();
        foreach (var key in ModelState.Keys.Where(k => k.StartsWith("Input.Figures[", StringComparison.Ordinal)).ToList())
        {
            ModelState.Remove(key);
        }
        if (!ModelState.IsValid)
        {
            await LoadAsync();
            return Page();
        }
        var task = await taskAppService.SubmitAsync(Id, Input);
        SetNotice("Tasks:Submitted", task.Title);
        return RedirectToPage(new { id = Id });
    }

    public async Task<IActionResult> OnPostAcceptAsync()
    {
        var task = await taskAppService.AcceptAsync(Id, Review);
        SetNotice("Tasks:AcceptedNotice", task.Title);
        return RedirectToPage(new { id = Id });
    }

    public async Task<IActionResult> OnPostReturnAsync()
    {
        var task = await taskAppService.ReturnAsync(Id, Review);
        SetNotice("Tasks:ReturnedNotice", task.Title);
        return RedirectToPage(new { id = Id });
    }

    public async Task<IActionResult> OnPostReopenAsync()
    {
        var task = await taskAppService.ReopenAsync(Id);
        SetNotice("Tasks:Reopened", task.Title);
        return RedirectToPage(new { id = Id });
    }

    /// <param name="file">The attachments card's input; this page's <c>Input</c> is the report form.</param>
    public async Task<IActionResult> OnPostUploadAsync([FromForm(Name = "Input.File")] IRemoteStreamContent? file)
    {
        // A refused file shows the page as it is, the report form included.
        await LoadAsync();
        FillReportForm();
        var attachment = await taskAppService.AddAttachmentAsync(Id, file);
        SetNotice("Attachments:Added", attachment.FileName);
        return RedirectToPage(new { id = Id });
    }

    public async Task<IActionResult> OnPostDeleteAttachmentAsync(Guid attachmentId)
    {
        ModelState.Clear(); // the report form is not part of this post
        await LoadAsync();
        FillReportForm();
        await taskAppService.DeleteAttachmentAsync(Id, attachmentId);
        SetNotice("Attachments:Deleted", Assignment.Attachments.FirstOrDefault(a => a.Id == attachmentId)?.FileName ?? "");
        return RedirectToPage(new { id = Id });
    }

    public async Task<IActionResult> OnGetDownloadAsync(Guid attachmentId)
    {
        var attachment = await taskAppService.GetAttachmentAsync(Id, attachmentId);
        return File(attachment.GetStream(), attachment.ContentType, attachment.FileName);
    }

    /// <summary>The service checks the Delete permission and that nothing was reported.</summary>
    public async Task<IActionResult> OnPostDeleteAsync()
    {
        ModelState.Clear();
        var task = await taskAppService.GetAsync(Id);
        await taskAppService.DeleteAsync(Id);
        SetNotice("Tasks:Deleted", task.Title);
        return await IsGrantedAsync(CampaignsPermissions.Campaigns.Default)
            ? RedirectToPage("../Details", new { id = task.CampaignId, year = task.Year })
            : RedirectToPage("Index");
    }

    protected override Task OnInputRejectedAsync() => LoadAsync();

    public string TargetName(Guid? targetId) =>
        ManualTargets.FirstOrDefault(t => t.Id == targetId)?.Name ?? L["Tasks:UnknownTarget"];

    private async Task LoadAsync()
    {
        Assignment = await taskAppService.GetAsync(Id);
        var targets = await targetAppService.GetListAsync(new CampaignTargetListInput
        {
            CampaignId = Assignment.CampaignId, MaxResultCount = LimitedResultRequestDto.MaxMaxResultCount,
        });
        ManualTargets = targets.Items
            .Where(t => t.Metric == TargetMetric.Manual && (t.Year is null || t.Year == Assignment.Year))
            .ToList();
        var open = Assignment.Status is TaskAssignmentStatus.Open or TaskAssignmentStatus.Returned;
        CanSubmit = open && !Assignment.IsLocked && await IsGrantedAsync(CampaignsPermissions.Tasks.Submit);
        CanReview = Assignment.Status == TaskAssignmentStatus.Submitted && await IsGrantedAsync(CampaignsPermissions.Reports.Review);
        CanReopen = Assignment.IsLocked && await IsGrantedAsync(CampaignsPermissions.Reports.Reopen);
        CanSeeCampaign = await IsGrantedAsync(CampaignsPermissions.Campaigns.Default);
        // A predecessor's task is read-only here, as on its edit page.
        var own = Assignment.TenantId == currentTenant.Id;
        CanUpdate = own && await IsGrantedAsync(CampaignsPermissions.Tasks.Update);
        CanDelete = own && Assignment.SubmittedTime is null && await IsGrantedAsync(CampaignsPermissions.Tasks.Delete);
        Reminders = await IsGrantedAsync(CampaignsPermissions.Reminders.Default)
            ? await reminderAppService.GetHistoryAsync(new ReminderHistoryInput { TaskAssignmentId = Id, MaxResultCount = RemindersShown })
            : null;
    }

    /// <summary>A task is reminded a few times a month at most: the last fifty say all there is.</summary>
    private const int RemindersShown = 50;

    public string StepName(ReminderStep step) => L["ReminderStep:" + step];

    public string RecipientKindName(ReminderRecipientKind kind) => L["ReminderRecipientKind:" + kind];

    public string DeliveryName(ReminderDeliveryStatus status) => L["ReminderDeliveryStatus:" + status];
}
