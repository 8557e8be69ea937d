using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace Humanitarian.Framework.Emailing;

/// <summary>
/// One tenant's messages sent over one SMTP connection, opened at the first message and kept for the next:
/// a connection (and a TLS handshake and a login) per message held the outbox to a few dozen e-mails a
/// second. A message that fails drops the connection, whatever the reason, so the next one starts on a
/// fresh one rather than on a session in an unknown state.
/// </summary>
public sealed class SmtpSession(SmtpServer server, MailboxAddress from) : IAsyncDisposable
{
    private SmtpClient? _client;

    public async Task SendAsync(EmailMessage outgoing, CancellationToken cancellationToken = default)
    {
        var message = ToMime(outgoing);
        try
        {
            var client = _client ??= await ConnectAsync(cancellationToken);
            await client.SendAsync(message, cancellationToken);
        }
        catch
        {
            await DropAsync();
            throw;
        }
    }

    private MimeMessage ToMime(EmailMessage outgoing)
    {
        var message = new MimeMessage();
        message.From.Add(from);
        message.To.Add(MailboxAddress.Parse(outgoing.To));
        message.Subject = outgoing.Subject;
        if (outgoing.MessageId.Length > 0)
        {
            // MimeKit writes the angle brackets itself.
            message.MessageId = outgoing.MessageId.Trim('<', '>');
        }
        message.Body = outgoing.IsBodyHtml
            ? new BodyBuilder { HtmlBody = outgoing.Body, TextBody = outgoing.TextBody ?? HtmlToPlainText.Convert(outgoing.Body) }.ToMessageBody()
            : new TextPart("plain") { Text = outgoing.Body };
        return message;
    }

    private async Task<SmtpClient> ConnectAsync(CancellationToken cancellationToken)
    {
        var client = new SmtpClient { Timeout = 30_000 };
        try
        {
            await client.ConnectAsync(server.Host, server.Port,
                server.EnableSsl ? (server.Port == 465 ? SecureSocketOptions.SslOnConnect : SecureSocketOptions.StartTls) : SecureSocketOptions.None,
                cancellationToken);
            if (server.UserName is { Length: > 0 } userName)
            {
                await client.AuthenticateAsync(userName, server.Password ?? "", cancellationToken);
            }
            return client;
        }
        catch
        {
            client.Dispose();
            throw;
        }
    }

    private async Task DropAsync()
    {
        if (_client is not { } client)
        {
            return;
        }
        _client = null;
        try
        {
            if (client.IsConnected)
            {
                await client.DisconnectAsync(quit: false);
            }
        }
        catch (Exception e) when (e is IOException or SmtpProtocolException or OperationCanceledException)
        {
            // the connection is being dropped because something went wrong with it
        }
        finally
        {
            client.Dispose();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_client is { } client)
        {
            _client = null;
            try
            {
                await client.DisconnectAsync(quit: true);
            }
            catch (Exception e) when (e is IOException or SmtpProtocolException or SmtpCommandException)
            {
                // every message was already handed over; a failed QUIT loses nothing
            }
            finally
            {
                client.Dispose();
            }
        }
    }
}
