using System.ComponentModel.DataAnnotations;
using Humanitarian.Framework.MultiTenancy;
using Humanitarian.Web.Account;
using Humanitarian.Web.Identity.Sessions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace Humanitarian.Web.Pages.Account;

public sealed class LoginInputModel : TenantNamedInput
{
    [Required, StringLength(128), DataType(DataType.Password)]
    public string Password { get; set; } = "";

    public bool RememberMe { get; set; }
}

/// <summary>
/// The sign-in page. The tenant middleware has already picked the request's tenant from the old
/// <c>__tenant</c> cookie, so the sign-in itself runs explicitly in the tenant typed in the form.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(RateLimitingSetup.SignInPolicy)]
public sealed class LoginModel(
    SignInTenants tenants, ICurrentTenant currentTenant, SignInService signIn, SessionSignIn sessionSignIn)
    : TenantFormPageModel<LoginInputModel>(tenants)
{
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    /// <summary>Why the sign-in failed (wrong password, locked, inactive).</summary>
    public string? LoginError { get; private set; }

    protected override string FieldLabelKey(string propertyName) => "Login:" + propertyName;

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var (found, tenant) = await FindTenantAsync();
        if (!found)
        {
            return Page();
        }
        RememberTenant(tenant);

        using (currentTenant.Change(tenant))
        {
            var (result, user) = await signIn.CheckAsync(Input.UserNameOrEmailAddress, Input.Password);
            if (result != LoginResultType.Success)
            {
                // Not a ModelState error: the unit of work would roll back the failed-attempt count (lockout).
                LoginError = L[result switch
                {
                    LoginResultType.InvalidUserNameOrPassword => "Login:InvalidUserNameOrPassword",
                    LoginResultType.LockedOut => "Login:LockedOut",
                    LoginResultType.NotAllowed => "Login:NotAllowed",
                    _ => "Login:Failed",
                }];
                return Page();
            }
            await sessionSignIn.SignInAsync(user!, Input.RememberMe);
        }
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
    }

    /// <summary>The <c>__tenant</c> cookie names the tenant for this browser's later anonymous requests.</summary>
    private void RememberTenant(TenantConfiguration? tenant)
    {
        if (tenant is null)
        {
            Response.Cookies.Delete(TenantResolutionMiddleware.TenantKey);
            return;
        }
        Response.Cookies.Append(TenantResolutionMiddleware.TenantKey, tenant.Name, new CookieOptions
        {
            HttpOnly = true,
            SameSite = SameSiteMode.Lax,
            Secure = Request.IsHttps,
            IsEssential = true,
            Expires = DateTimeOffset.UtcNow.AddYears(1),
        });
    }
}
