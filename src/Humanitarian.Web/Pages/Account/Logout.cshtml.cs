using Humanitarian.Web.Identity.Sessions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Humanitarian.Web.Pages.Account;

/// <summary>Signing out is a POST (the layout's form); a GET only asks for confirmation.</summary>
[AllowAnonymous]
public sealed class LogoutModel(SessionSignIn sessionSignIn) : HumanitarianPageModel
{
    public IActionResult OnGet() => User.Identity?.IsAuthenticated == true ? Page() : RedirectToPage("/Account/Login");

    public async Task<IActionResult> OnPostAsync()
    {
        await sessionSignIn.SignOutAsync(User);
        return RedirectToPage("/Account/Login");
    }
}
