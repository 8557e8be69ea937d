using Humanitarian.Framework.Application;
using Humanitarian.Framework.Content;

namespace Humanitarian.Campaigns.Tasks;

public interface ITaskAssignmentAppService : IApplicationService
{
    Task<PagedResultDto<TaskAssignmentDto>> GetListAsync(TaskAssignmentListInput input);
    Task<TaskAssignmentDto> GetAsync(Guid id);

    /// <summary>GET /api/app/task-assignment/my-overdue: the caller's overdue items (their units', or their committees' campaigns'), oldest first.</summary>
    Task<PagedResultDto<TaskAssignmentDto>> GetMyOverdueListAsync(PagedAndSortedResultRequestDto input);
    Task<TaskAssignmentDto> CreateAsync(CreateTaskAssignmentDto input);
    Task<TaskAssignmentDto> UpdateAsync(Guid id, UpdateTaskAssignmentDto input);
    Task DeleteAsync(Guid id);
    Task<TaskAssignmentDto> SubmitAsync(Guid id, SubmitTaskAssignmentDto input);
    Task<TaskAssignmentDto> AcceptAsync(Guid id, ReviewTaskAssignmentDto input);
    Task<TaskAssignmentDto> ReturnAsync(Guid id, ReviewTaskAssignmentDto input);

    /// <summary>Lets the unit submit a locked report again (Reports.Reopen), audited.</summary>
    Task<TaskAssignmentDto> ReopenAsync(Guid id);

    /// <summary>A file for the report the unit is writing (Open or Returned, before the lock): PDF, DOCX or XLSX, checked as documents' files are.</summary>
    Task<FileAttachmentDto> AddAttachmentAsync(Guid id, IRemoteStreamContent? file);

    /// <summary>Whoever sees the task downloads its report's files.</summary>
    Task<IRemoteStreamContent> GetAttachmentAsync(Guid id, Guid attachmentId);

    Task DeleteAttachmentAsync(Guid id, Guid attachmentId);

    /// <summary>GET /api/app/task-assignment/export-excel: the list with its filters, every page.</summary>
    Task<IRemoteStreamContent> ExportExcelAsync(TaskAssignmentListInput input);
}
