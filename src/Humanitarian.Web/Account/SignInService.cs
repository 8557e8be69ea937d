using Humanitarian.Framework.DependencyInjection;
using Humanitarian.Web.Identity;
using Microsoft.AspNetCore.Identity;

namespace Humanitarian.Web.Account;

/// <summary>
/// Checks a user's password in the current tenant with Identity's lockout (five failures in a row
/// lock the account for five minutes); shared by the sign-in page, the login API and the token endpoint.
/// </summary>
public sealed class SignInService(UserManager<AppUser> userManager, SignInManager<AppUser> signInManager) : ITransientDependency
{
    public async Task<(LoginResultType Result, AppUser? User)> CheckAsync(string userNameOrEmail, string password)
    {
        var key = userNameOrEmail.Trim();
        var user = await userManager.FindByNameAsync(key);
        if (user is null && key.Contains('@'))
        {
            user = await userManager.FindByEmailAsync(key);
        }
        if (user is null)
        {
            return (LoginResultType.InvalidUserNameOrPassword, null);
        }
        var result = await signInManager.CheckPasswordSignInAsync(user, password, lockoutOnFailure: true);
        if (result.IsLockedOut)
        {
            return (LoginResultType.LockedOut, user);
        }
        if (!result.Succeeded)
        {
            return (result.IsNotAllowed ? LoginResultType.NotAllowed : LoginResultType.InvalidUserNameOrPassword, user);
        }
        return (user.IsActive ? LoginResultType.Success : LoginResultType.NotAllowed, user);
    }
}
