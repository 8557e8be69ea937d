using System.ComponentModel.DataAnnotations;
using Humanitarian.Framework.MultiTenancy;
using Humanitarian.Web.Account;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace Humanitarian.Web.Pages.Account;

public sealed class ForgotPasswordInputModel
{
    /// <summary>The tenant's slug, as on the sign-in page; empty for the national level.</summary>
    [StringLength(64)]
    public string? TenantName { get; set; }

    [Required, StringLength(256)]
    public string UserNameOrEmailAddress { get; set; } = "";
}

/// <summary>
/// "Quên mật khẩu?": mails a reset link to the account named, in the tenant named as on the sign-in
/// page. The answer is the same whether or not the account exists; attempts count as sign-ins do.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(RateLimitingSetup.SignInPolicy)]
public sealed class ForgotPasswordModel(SignInTenants tenants, ICurrentTenant currentTenant, PasswordResets passwordResets)
    : HumanitarianPageModel
{
    [BindProperty]
    public ForgotPasswordInputModel Input { get; set; } = new();

    public bool Sent { get; private set; }

    protected override string FieldLabelKey(string propertyName) => "Login:" + propertyName;

    public async Task OnGetAsync() => Input.TenantName = await tenants.RememberedNameAsync(Request);

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var (tenant, tenantError) = await tenants.FindAsync(Input.TenantName);
        if (tenantError is not null)
        {
            ModelState.AddModelError($"{InputPrefix}.{nameof(ForgotPasswordInputModel.TenantName)}", tenantError);
            return Page();
        }
        using (currentTenant.Change(tenant))
        {
            await passwordResets.SendLinkAsync(Input.UserNameOrEmailAddress);
        }
        Sent = true;
        return Page();
    }
}
