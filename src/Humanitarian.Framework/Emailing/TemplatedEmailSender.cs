using Humanitarian.Framework.DependencyInjection;
using Humanitarian.Framework.TextTemplating;

namespace Humanitarian.Framework.Emailing;

/// <summary>An e-mail's body rendered from a template: the HTML and the plain-text part derived from it.</summary>
public sealed record RenderedEmail(string Html, string Text);

/// <summary>Queues an e-mail whose body is a rendered template: HTML, with its plain-text part derived from it.</summary>
public sealed class TemplatedEmailSender(ITemplateRenderer renderer, IEmailSender emailSender) : ITransientDependency
{
    /// <param name="cultureName">The current UI culture when null.</param>
    /// <returns>The queued message's id; null when <paramref name="deduplicationKey"/> was already queued.</returns>
    public async Task<Guid?> QueueAsync(
        string to, string subject, string templateName, object model, string? cultureName = null, string? deduplicationKey = null) =>
        await QueueAsync(to, subject, await RenderAsync(templateName, model, cultureName), deduplicationKey);

    /// <inheritdoc cref="QueueAsync(string, string, string, object, string?, string?)"/>
    public Task<Guid?> QueueAsync(string to, string subject, RenderedEmail body, string? deduplicationKey = null) =>
        emailSender.QueueAsync(to, subject, body.Html, isBodyHtml: true, deduplicationKey, body.Text);

    /// <summary>
    /// Renders without queuing, for a caller with many e-mails: rendering is pure CPU once this sender's
    /// renderer has looked the template up (its first rendering), so those after it may run in parallel;
    /// queuing adds to the unit of work and stays on one thread.
    /// </summary>
    public async Task<RenderedEmail> RenderAsync(string templateName, object model, string? cultureName = null)
    {
        var html = await renderer.RenderAsync(templateName, model, cultureName);
        return new RenderedEmail(html, HtmlToPlainText.Convert(html));
    }
}
