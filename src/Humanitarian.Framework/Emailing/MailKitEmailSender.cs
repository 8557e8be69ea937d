using Humanitarian.Framework.Application;
using Humanitarian.Framework.DependencyInjection;
using Humanitarian.Framework.EntityFrameworkCore;
using Humanitarian.Framework.MultiTenancy;
using Humanitarian.Framework.Settings;
using MailKit.Net.Smtp;
using MailKit.Security;
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

    /// <summary>Sends an outbox message as it was queued: its Message-ID, and both parts when it has a text alternative.</summary>
    public async Task SendAsync(EmailMessage outgoing, CancellationToken cancellationToken = default) =>
        await SendFromAsync(await RequiredAsync(EmailSettingNames.DefaultFromAddress), outgoing, cancellationToken);

    private async Task SendFromAsync(string from, EmailMessage outgoing, CancellationToken cancellationToken)
    {
        var message = new MimeMessage();
        message.From.Add(new MailboxAddress(await settings.GetOrNullAsync(EmailSettingNames.DefaultFromDisplayName), from));
        message.To.Add(MailboxAddress.Parse(outgoing.To));
        message.Subject = outgoing.Subject;
        if (outgoing.MessageId.Length > 0)
        {
            // MimeKit writes the angle brackets itself.
            message.MessageId = outgoing.MessageId.Trim('<', '>');
        }
        message.Body = outgoing.IsBodyHtml
            ? new BodyBuilder { HtmlBody = outgoing.Body, TextBody = outgoing.TextBody }.ToMessageBody()
            : new TextPart("plain") { Text = outgoing.Body };

        var server = await smtpServers.GetAsync();
        using var client = new SmtpClient { Timeout = 30_000 };
        await client.ConnectAsync(server.Host, server.Port,
            server.EnableSsl ? (server.Port == 465 ? SecureSocketOptions.SslOnConnect : SecureSocketOptions.StartTls) : SecureSocketOptions.None,
            cancellationToken);
        if (server.UserName is { Length: > 0 } userName)
        {
            await client.AuthenticateAsync(userName, server.Password ?? "", cancellationToken);
        }
        await client.SendAsync(message, cancellationToken);
        await client.DisconnectAsync(quit: true, cancellationToken);
    }

    private async Task<string> RequiredAsync(string name) =>
        await settings.GetOrNullAsync(name) ?? throw new InvalidOperationException($"Setting {name} is empty.");
}
