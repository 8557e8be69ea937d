using Humanitarian.Framework.Application;
using Humanitarian.Framework.Content;

namespace Humanitarian.Web.Emailing;

/// <summary>The outbox's service; the outbox pages call it through this interface, so its permission holds for them.</summary>
public interface IEmailMessageAppService : IApplicationService
{
    Task<PagedResultDto<EmailMessageDto>> GetListAsync(EmailMessageListInput input);

    Task<EmailMessageWithBodyDto> GetAsync(Guid id);

    /// <summary>A message that gave up goes back to the queue for a fresh round of tries.</summary>
    Task<EmailMessageDto> ResendAsync(Guid id);

    Task<IRemoteStreamContent> ExportExcelAsync(EmailMessageListInput input);

    Task SendTestAsync(QueueTestEmailInput input);
}
