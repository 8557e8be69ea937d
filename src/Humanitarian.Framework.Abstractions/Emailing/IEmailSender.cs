namespace Humanitarian.Framework.Emailing;

/// <summary>
/// ABP's e-mail sender. <see cref="QueueAsync"/> writes to the outbox in the current unit of work (so a
/// rolled-back request sends nothing, and a restart loses nothing); a background dispatcher delivers it
/// through SMTP with the tenant's settings, under a Message-ID fixed when it was queued (so a message
/// sent twice, after a crash between SMTP's acceptance and the outbox's record of it, is folded by mail
/// clients). The <c>SendAsync</c> overloads talk to SMTP at once.
/// </summary>
public interface IEmailSender
{
    /// <param name="deduplicationKey">A message with a key already in the outbox is not queued again.</param>
    /// <param name="textBody">
    /// A plain-text alternative to an HTML <paramref name="body"/>: both are sent, as multipart/alternative.
    /// When null, the alternative is derived from the HTML as it is sent.
    /// </param>
    /// <returns>The queued message's id (a caller may record it beside its own rows); null when <paramref name="deduplicationKey"/> was already queued.</returns>
    Task<Guid?> QueueAsync(
        string to, string subject, string body, bool isBodyHtml = true, string? deduplicationKey = null, string? textBody = null);

    Task SendAsync(string to, string subject, string body, bool isBodyHtml = true, CancellationToken cancellationToken = default);

    /// <summary>As the other <c>SendAsync</c>, from <paramref name="from"/> instead of the default sender's address.</summary>
    Task SendAsync(string from, string to, string subject, string body, bool isBodyHtml = true, CancellationToken cancellationToken = default);
}
