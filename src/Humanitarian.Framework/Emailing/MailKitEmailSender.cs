using Humanitarian.Framework.Application;
using Humanitarian.Framework.DependencyInjection;
using Humanitarian.Framework.EntityFrameworkCore;
using Humanitarian.Framework.MultiTenancy;
using Humanitarian.Framework.Settings;
using Microsoft.EntityFrameworkCore;
using MimeKit;

namespace Humanitarian.Framework.Emailing;

/// <summary>Queues into the outbox; sends through SMTP with MailKit and the current tenant's settings.</summary>
public sealed class MailKitEmailSender(
    IAbpEfCoreDbContext dbContext, ICurrentTenant currentTenant, ISettingProvider settings, SmtpServerSettings smtpServers,
    AppUrls appUrls, TimeProvider clock)
    : IEmailSender, ITransientDependency
{
    public async Task<Guid?> QueueAsync(
        string to, string subject, string body, bool isBodyHtml = true, string? deduplicationKey = null, string? textBody = null)
    {
        var messages = dbContext.Set<EmailMessage>();
        if (deduplicationKey is not null
            && (messages.Local.Any(m => m.DeduplicationKey == deduplicationKey)
                || await messages.IgnoreQueryFilters().AnyAsync(m => m.DeduplicationKey == deduplicationKey)))
        {
            return null;
        }
        var message = new EmailMessage
        {
            TenantId = currentTenant.Id,
            To = to,
            Subject = subject,
            Body = body,
            IsBodyHtml = isBodyHtml,
            TextBody = textBody,
            DeduplicationKey = deduplicationKey,
            NextTryTime = clock.GetUtcNow().UtcDateTime,
        };
        message.MessageId = $"<{message.Id:N}@{appUrls.Host}>";
        messages.Add(message);
        return message.Id;
    }

    public async Task SendAsync(string to, string subject, string body, bool isBodyHtml = true, CancellationToken cancellationToken = default) =>
        await SendAsync(await RequiredAsync(EmailSettingNames.DefaultFromAddress), to, subject, body, isBodyHtml, cancellationToken);

    public Task SendAsync(
        string from, string to, string subject, string body, bool isBodyHtml = true, CancellationToken cancellationToken = default) =>
        SendFromAsync(from, new EmailMessage { To = to, Subject = subject, Body = body, IsBodyHtml = isBodyHtml }, cancellationToken);

    /// <summary>
    /// A session that sends outbox messages as they were queued (their Message-ID, both parts when there
    /// is a text alternative) over one connection to the current tenant's server, from its sender.
    /// </summary>
    public async Task<SmtpSession> OpenSessionAsync() =>
        await OpenSessionAsync(await RequiredAsync(EmailSettingNames.DefaultFromAddress));

    private async Task SendFromAsync(string from, EmailMessage outgoing, CancellationToken cancellationToken)
    {
        await using var session = await OpenSessionAsync(from);
        await session.SendAsync(outgoing, cancellationToken);
    }

    private async Task<SmtpSession> OpenSessionAsync(string from) => new(
        await smtpServers.GetAsync(), new MailboxAddress(await settings.GetOrNullAsync(EmailSettingNames.DefaultFromDisplayName), from));

    private async Task<string> RequiredAsync(string name) =>
        await settings.GetOrNullAsync(name) ?? throw new InvalidOperationException($"Setting {name} is empty.");
}
