using Humanitarian.Framework.DependencyInjection;
using Humanitarian.Framework.TextTemplating;

namespace Humanitarian.Framework.Emailing;

/// <summary>Queues an e-mail whose body is a rendered template: HTML, with its plain-text part derived from it.</summary>
public sealed class TemplatedEmailSender(ITemplateRenderer renderer, IEmailSender emailSender) : ITransientDependency
{
    /// <param name="cultureName">The current UI culture when null.</param>
    /// <returns>The queued message's id; null when <paramref name="deduplicationKey"/> was already queued.</returns>
    public async Task<Guid?> QueueAsync(
        string to, string subject, string templateName, object model, string? cultureName = null, string? deduplicationKey = null)
    {
        var html = await renderer.RenderAsync(templateName, model, cultureName);
        return await emailSender.QueueAsync(to, subject, html, isBodyHtml: true, deduplicationKey, HtmlToPlainText.Convert(html));
    }
}
