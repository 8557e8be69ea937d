using Humanitarian.Framework.Application;

namespace Humanitarian.Campaigns.Reminders;

/// <summary>Deadline reminders at <c>/api/app/reminder</c>: run the policy now, and what was sent.</summary>
public interface IReminderAppService : IApplicationService
{
    /// <summary>POST /api/app/reminder/run: the daily run, now, for the caller's tenant; a second run the same day queues nothing new.</summary>
    Task<ReminderRunResultDto> RunAsync();

    /// <summary>GET /api/app/reminder/history?taskAssignmentId=: newest first.</summary>
    Task<PagedResultDto<ReminderDto>> GetHistoryAsync(ReminderHistoryInput input);
}
