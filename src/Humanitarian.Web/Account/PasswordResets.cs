using Humanitarian.Framework.BackgroundJobs;
using Humanitarian.Framework.DependencyInjection;
using Humanitarian.Framework.Domain;
using Humanitarian.Web.Identity;
using Humanitarian.Web.Localization;
using Humanitarian.Web.Seeding;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Humanitarian.Web.Account;

/// <summary>
/// Password reset in the current tenant, for the API and the pages alike: a link by e-mail, then a new
/// password against the link's Identity token (single use: setting the password changes the security stamp).
/// </summary>
public sealed class PasswordResets(
    UserManager<AppUser> userManager, AccountEmails emails, IBackgroundJobManager jobs, IStringLocalizer<HumanitarianResource> l)
    : ITransientDependency
{
    /// <summary>
    /// Asks for a link, sent by a background job in this tenant and culture: the request writes one job
    /// row whether or not the account exists, so neither its answer nor its time tells which names exist.
    /// </summary>
    public Task RequestLinkAsync(string userNameOrEmail) => jobs.EnqueueAsync(new PasswordResetLinkArgs(userNameOrEmail.Trim()));

    /// <summary>Sends a link to each active account of that name or e-mail address (several accounts may share an address).</summary>
    public async Task SendLinkAsync(string userNameOrEmail)
    {
        var name = userNameOrEmail.Trim();
        var normalized = userManager.NormalizeName(name);
        var normalizedEmail = userManager.NormalizeEmail(name);
        // The tenant filter keeps the search inside the current tenant.
        var users = await userManager.Users
            .Where(u => u.NormalizedUserName == normalized || (name.Contains('@') && u.NormalizedEmail == normalizedEmail))
            .ToListAsync();
        foreach (var user in users.Where(u => u.IsActive))
        {
            await emails.SendPasswordResetLinkAsync(user);
        }
    }

    /// <summary>A wrong, used or expired token, or a user of another tenant, is refused on <c>resetToken</c>; weak passwords on <c>password</c>.</summary>
    public async Task ResetAsync(Guid userId, string resetToken, string password)
    {
        var user = await userManager.Users.FirstOrDefaultAsync(u => u.Id == userId) ?? throw InvalidToken();
        var result = await userManager.ResetPasswordAsync(user, resetToken, password);
        if (result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.InvalidToken)))
        {
            throw InvalidToken();
        }
        TenantProvisioner.ThrowIfFailed(result);
    }

    private AbpValidationException InvalidToken() => new(l["Account:InvalidResetToken"], "resetToken");
}

/// <summary>A request for a password reset link, answered by <see cref="PasswordResetLinkJob"/>.</summary>
[BackgroundJobName("Humanitarian.Account.PasswordResetLink")]
public sealed record PasswordResetLinkArgs(string UserNameOrEmail);

public sealed class PasswordResetLinkJob(PasswordResets passwordResets) : AsyncBackgroundJob<PasswordResetLinkArgs>
{
    public override Task ExecuteAsync(PasswordResetLinkArgs args) => passwordResets.SendLinkAsync(args.UserNameOrEmail);
}
