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
    TimeProvider clock)
    : IEmailSender, ITransientDependency
{
    public async Task<bool> QueueAsync(
        string to, string subject, string body, bool isBodyHtml = true, string? deduplicationKey = null)
    {
        var messages = dbContext.Set<EmailMessage>();
        if (deduplicationKey is not null
            && (messages.Local.Any(m => m.DeduplicationKey == deduplicationKey)
                || await messages.IgnoreQueryFilters().AnyAsync(m => m.DeduplicationKey == deduplicationKey)))
        {
            return false;
        }
        messages.Add(new EmailMessage
        {
            TenantId = currentTenant.Id,
            To = to,
            Subject = subject,
            Body = body,
            IsBodyHtml = isBodyHtml,
            DeduplicationKey = deduplicationKey,
            NextTryTime = clock.GetUtcNow().UtcDateTime,
        });
        return true;
    }

    public async Task SendAsync(string to, string subject, string body, bool isBodyHtml = true, CancellationToken cancellationToken = default) =>
        await SendAsync(await RequiredAsync(EmailSettingNames.DefaultFromAddress), to, subject, body, isBodyHtml, cancellationToken);

    public async Task SendAsync(
        string from, string to, string subject, string body, bool isBodyHtml = true, CancellationToken cancellationToken = default)
    {
        var message = new MimeMessage();
        message.From.Add(new MailboxAddress(await settings.GetOrNullAsync(EmailSettingNames.DefaultFromDisplayName), from));
        message.To.Add(MailboxAddress.Parse(to));
        message.Subject = subject;
        message.Body = new TextPart(isBodyHtml ? "html" : "plain") { Text = body };

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
