using Humanitarian.Framework.Application;
using System.ComponentModel.DataAnnotations;
using Humanitarian.Web.Identity.Sessions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace Humanitarian.Web.Account;

/// <summary>ABP's sign-in result codes.</summary>
public enum LoginResultType
{
    Success = 1,
    InvalidUserNameOrPassword = 2,
    NotAllowed = 3,
    LockedOut = 4,
    RequiresTwoFactor = 5,
}

public sealed class UserLoginInfo
{
    [Required, StringLength(256)]
    public string UserNameOrEmailAddress { get; set; } = "";

    [Required, StringLength(128)]
    public string Password { get; set; } = "";

    public bool RememberMe { get; set; }
}

/// <summary>ABP answers the code as a number (<c>{"result": 1}</c>), unlike other enums.</summary>
public sealed record AbpLoginResult(
    [property: System.Text.Json.Serialization.JsonConverter(typeof(System.Text.Json.Serialization.JsonNumberEnumConverter<LoginResultType>))]
    LoginResultType Result,
    string Description);

/// <summary>ABP's SendPasswordResetCodeDto.</summary>
public sealed class SendPasswordResetCodeDto
{
    [Required, StringLength(256)]
    public string Email { get; set; } = "";

    /// <summary>The application whose page the link opens (ABP's "MVC"); this host has only its own pages.</summary>
    [Required, StringLength(64)]
    public string AppName { get; set; } = "";

    [StringLength(2048)]
    public string? ReturnUrl { get; set; }
}

/// <summary>ABP's ResetPasswordDto.</summary>
public sealed class ResetPasswordDto
{
    public Guid UserId { get; set; }

    [Required, StringLength(2048)]
    public string ResetToken { get; set; } = "";

    [Required, StringLength(128)]
    public string Password { get; set; } = "";
}

/// <summary>Cookie sign-in and password reset for scripts and the SPA-style callers (ABP's AccountController, same routes).</summary>
[ApiController]
[Route("api/account")]
[RemoteService(Name = "AbpAccount")]
public sealed class AccountController(SignInService signIn, SessionSignIn sessionSignIn, PasswordResets passwordResets) : ControllerBase
{
    [HttpPost("login")]
    [AllowAnonymous]
    [EnableRateLimiting(RateLimitingSetup.SignInPolicy)]
    public async Task<AbpLoginResult> LoginAsync([FromBody] UserLoginInfo login)
    {
        var (result, user) = await signIn.CheckAsync(login.UserNameOrEmailAddress, login.Password);
        if (result == LoginResultType.Success)
        {
            await sessionSignIn.SignInAsync(user!, login.RememberMe);
        }
        return new AbpLoginResult(result, result.ToString());
    }

    /// <summary>Mails a reset link to the account with that e-mail address in the request's tenant, if there is one: the answer is the same either way.</summary>
    [HttpPost("send-password-reset-code")]
    [AllowAnonymous]
    [EnableRateLimiting(RateLimitingSetup.SignInPolicy)]
    public Task SendPasswordResetCodeAsync([FromBody] SendPasswordResetCodeDto input) => passwordResets.RequestLinkAsync(input.Email);

    [HttpPost("reset-password")]
    [AllowAnonymous]
    [EnableRateLimiting(RateLimitingSetup.SignInPolicy)]
    public Task ResetPasswordAsync([FromBody] ResetPasswordDto input) =>
        passwordResets.ResetAsync(input.UserId, input.ResetToken, input.Password);

    [HttpPost("logout")]
    [AllowAnonymous]
    public async Task LogoutAsync() => await sessionSignIn.SignOutAsync(User);
}
