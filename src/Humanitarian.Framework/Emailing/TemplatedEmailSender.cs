using Humanitarian.Framework.DependencyInjection;
using Humanitarian.Framework.TextTemplating;

namespace Humanitarian.Framework.Emailing;

/// <summary>
/// Queues an e-mail whose body is a rendered template, as HTML; its plain-text part is derived from the
/// HTML when it is sent (<see cref="SmtpSession"/>), the same on every try.
/// </summary>
public sealed class TemplatedEmailSender(ITemplateRenderer renderer, IEmailSender emailSender) : ITransientDependency
{
    /// <param name="cultureName">The current UI culture when null.</param>
    /// <returns>The queued message's id; null when <paramref name="deduplicationKey"/> was already queued.</returns>
    public async Task<Guid?> QueueAsync(
        string to, string subject, string templateName, object model, string? cultureName = null, string? deduplicationKey = null) =>
        await QueueRenderedAsync(to, subject, await RenderAsync(templateName, model, cultureName), deduplicationKey);

    /// <summary>Queues an HTML body that <see cref="RenderAsync"/> made.</summary>
    /// <inheritdoc cref="QueueAsync(string, string, string, object, string?, string?)"/>
    public Task<Guid?> QueueRenderedAsync(string to, string subject, string html, string? deduplicationKey = null) =>
        emailSender.QueueAsync(to, subject, html, isBodyHtml: true, deduplicationKey);

    /// <summary>
    /// Renders without queuing, for a caller with many e-mails: rendering is pure CPU once this sender's
    /// renderer has looked the template up (its first rendering), so those after it may run in parallel;
    /// queuing adds to the unit of work and stays on one thread.
    /// </summary>
    public Task<string> RenderAsync(string templateName, object model, string? cultureName = null) =>
        renderer.RenderAsync(templateName, model, cultureName);
}
