using Humanitarian.Web.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace Humanitarian.Web.Pages.Account;

/// <summary>Signing out is a POST (the layout's form); a GET only asks for confirmation.</summary>
[AllowAnonymous]
public sealed class LogoutModel(SignInManager<AppUser> signInManager) : HumanitarianPageModel
{
    public IActionResult OnGet() => User.Identity?.IsAuthenticated == true ? Page() : RedirectToPage("/Account/Login");

    public async Task<IActionResult> OnPostAsync()
    {
        await signInManager.SignOutAsync();
        return RedirectToPage("/Account/Login");
    }
}
