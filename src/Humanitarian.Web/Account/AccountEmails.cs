using Humanitarian.Framework.Application;
using Humanitarian.Framework.DependencyInjection;
using Humanitarian.Framework.Emailing;
using Humanitarian.Framework.MultiTenancy;
using Humanitarian.Web.Identity;
using Humanitarian.Web.Localization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Humanitarian.Web.Account;

/// <summary>
/// Queues the account e-mails (invitation, password reset link, lockout notice) through the outbox, in
/// the current tenant and UI culture. Links carry an Identity token and the tenant, and are made from
/// <c>App:SelfUrl</c>, never from the request's Host header, which would let a caller point a victim's
/// reset link at a server of its own.
/// </summary>
public sealed class AccountEmails(
    UserManager<AppUser> userManager, TemplatedEmailSender emails, AppUrls appUrls, ICurrentTenant currentTenant,
    ITenantStore tenantStore, IOptions<DataProtectionTokenProviderOptions> tokenOptions, IOptions<IdentityOptions> identityOptions,
    IStringLocalizer<HumanitarianResource> l, TimeProvider clock) : ITransientDependency
{
    /// <summary>A new user without a password is asked to set one.</summary>
    public Task SendInvitationAsync(AppUser user) =>
        SendPasswordLinkAsync(user, AccountEmailTemplates.Invitation, "Email:Invitation:Subject", deduplicationKey: null);

    /// <summary>
    /// At most one reset e-mail per account in ten minutes: the form is anonymous and must not become
    /// a way to flood someone's mailbox. An earlier link stays valid meanwhile.
    /// </summary>
    public Task SendPasswordResetLinkAsync(AppUser user) =>
        SendPasswordLinkAsync(user, AccountEmailTemplates.PasswordResetLink, "Email:PasswordReset:Subject",
            $"password-reset:{user.Id:N}:{clock.GetUtcNow().ToUnixTimeSeconds() / 600}");

    /// <summary>At most one notice per account an hour, however many addresses are locked out.</summary>
    public async Task SendLockoutNoticeAsync(AppUser user, string clientAddress)
    {
        if (string.IsNullOrEmpty(user.Email))
        {
            return;
        }
        var model = new LockoutNoticeEmailModel(user.UserName!, await TenantDisplayNameAsync(),
            (int)identityOptions.Value.Lockout.DefaultLockoutTimeSpan.TotalMinutes, clientAddress, Link("/Account/ForgotPassword"));
        await emails.QueueAsync(user.Email, l["Email:LockoutNotice:Subject"], AccountEmailTemplates.LockoutNotice, model,
            deduplicationKey: $"lockout:{user.Id:N}:{clock.GetUtcNow().ToUnixTimeSeconds() / 3600}");
    }

    private async Task SendPasswordLinkAsync(AppUser user, string templateName, string subjectKey, string? deduplicationKey)
    {
        if (string.IsNullOrEmpty(user.Email))
        {
            return;
        }
        var token = await userManager.GeneratePasswordResetTokenAsync(user);
        var link = Link($"/Account/ResetPassword?userId={user.Id}&resetToken={Uri.EscapeDataString(token)}");
        var model = new PasswordLinkEmailModel(user.UserName!, await TenantDisplayNameAsync(), link,
            (int)tokenOptions.Value.TokenLifespan.TotalHours);
        await emails.QueueAsync(user.Email, l[subjectKey], templateName, model, deduplicationKey: deduplicationKey);
    }

    /// <summary>A link into the current tenant: the page it opens finds the user there.</summary>
    private string Link(string pathAndQuery) =>
        appUrls.Link(currentTenant.Name is { } tenant
            ? pathAndQuery + (pathAndQuery.Contains('?') ? '&' : '?') + $"{TenantResolutionMiddleware.TenantKey}={Uri.EscapeDataString(tenant)}"
            : pathAndQuery);

    private async Task<string> TenantDisplayNameAsync() =>
        currentTenant.Id is { } id ? (await tenantStore.FindAsync(id))?.DisplayName ?? "" : "";
}
