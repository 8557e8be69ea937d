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

/// <summary>Cookie sign-in for scripts and the SPA-style callers (ABP's AccountController, same routes).</summary>
[ApiController]
[Route("api/account")]
public sealed class AccountController(SignInService signIn, SessionSignIn sessionSignIn) : ControllerBase
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

    [HttpPost("logout")]
    [AllowAnonymous]
    public async Task LogoutAsync() => await sessionSignIn.SignOutAsync(User);
}
