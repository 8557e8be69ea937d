using Humanitarian.Framework.MultiTenancy;
using Humanitarian.Web.Account;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace Humanitarian.Web.Pages.Account;

public sealed class ForgotPasswordInputModel : TenantNamedInput;

/// <summary>
/// "Quên mật khẩu?": mails a reset link to the account named, in the tenant named as on the sign-in
/// page. The answer is the same whether or not the account exists; attempts count as sign-ins do.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(RateLimitingSetup.SignInPolicy)]
public sealed class ForgotPasswordModel(SignInTenants tenants, ICurrentTenant currentTenant, PasswordResets passwordResets)
    : TenantFormPageModel<ForgotPasswordInputModel>(tenants)
{
    public bool Sent { get; private set; }

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
        using (currentTenant.Change(tenant))
        {
            await passwordResets.RequestLinkAsync(Input.UserNameOrEmailAddress);
        }
        Sent = true;
        return Page();
    }
}
