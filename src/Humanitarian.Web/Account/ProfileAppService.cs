using Humanitarian.Framework.Application;
using Humanitarian.Framework.Domain;
using Humanitarian.Framework.Users;
using Humanitarian.Web.Identity;
using Humanitarian.Web.Identity.Sessions;
using Humanitarian.Web.Localization;
using Humanitarian.Web.Seeding;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Humanitarian.Web.Account;

/// <summary>
/// The signed-in user's own profile and password (ABP's ProfileAppService, same routes). There is no id
/// to pass: the account is always the caller's own.
/// </summary>
[Route("api/account/my-profile")]
[Authorize]
public sealed class ProfileAppService(
    UserManager<AppUser> userManager, ICurrentUser currentUser, SessionSignIn sessionSignIn, IStringLocalizer<HumanitarianResource> l)
    : ApplicationService, IProfileAppService
{
    [HttpGet]
    public async Task<ProfileDto> GetAsync() => ToDto(await FindCurrentAsync());

    [HttpPut]
    public async Task<ProfileDto> UpdateAsync([FromBody] UpdateProfileDto input)
    {
        var user = await FindCurrentAsync();
        if (input.ConcurrencyStamp is not null && input.ConcurrencyStamp != user.ConcurrencyStamp)
        {
            throw new DbUpdateConcurrencyException("Stale concurrency stamp.");
        }
        // Renaming an account changes how others know it (sign-in, assignments): an administrator's call.
        if (!string.IsNullOrWhiteSpace(input.UserName) && !string.Equals(input.UserName.Trim(), user.UserName, StringComparison.Ordinal))
        {
            throw new AbpValidationException(l["Profile:UserNameReadOnly"], "userName");
        }
        var email = input.Email.Trim();
        if (!string.Equals(email, user.Email, StringComparison.OrdinalIgnoreCase))
        {
            // Reset links go to this address: a new one is not confirmed yet.
            user.EmailConfirmed = false;
        }
        user.Email = email;
        user.Name = NullIfEmpty(input.Name);
        user.Surname = NullIfEmpty(input.Surname);
        user.PhoneNumber = NullIfEmpty(input.PhoneNumber);
        TenantProvisioner.ThrowIfFailed(await userManager.UpdateAsync(user));
        return ToDto(user);
    }

    /// <summary>
    /// A new password ends every session of the user (other browsers, tokens); the browser that changed
    /// it stays signed in under a new session. Rate-limited like sign-in: it also tells whether a password is right.
    /// </summary>
    [HttpPost("change-password")]
    [EnableRateLimiting(RateLimitingSetup.SignInPolicy)]
    public async Task ChangePasswordAsync([FromBody] ChangePasswordInput input)
    {
        var user = await FindCurrentAsync();
        var result = await userManager.ChangePasswordAsync(user, input.CurrentPassword, input.NewPassword);
        if (!result.Succeeded)
        {
            throw new AbpValidationException(result.Errors
                .Select(e => e.Code == nameof(IdentityErrorDescriber.PasswordMismatch)
                    ? new ValidationError(l["Profile:CurrentPasswordWrong"], ["currentPassword"])
                    : new ValidationError(e.Description, ["newPassword"]))
                .ToList());
        }
        await sessionSignIn.RenewCookieAsync(user);
    }

    private async Task<AppUser> FindCurrentAsync()
    {
        var id = currentUser.Id ?? throw new AbpAuthorizationException();
        return await userManager.Users.FirstOrDefaultAsync(u => u.Id == id) ?? throw new EntityNotFoundException(typeof(AppUser), id);
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static ProfileDto ToDto(AppUser user) => new()
    {
        UserName = user.UserName ?? "",
        Email = user.Email,
        Name = user.Name,
        Surname = user.Surname,
        PhoneNumber = user.PhoneNumber,
        HasPassword = user.PasswordHash is not null,
        ConcurrencyStamp = user.ConcurrencyStamp ?? "",
    };
}
