using System.ComponentModel.DataAnnotations;
using Humanitarian.Framework.MultiTenancy;
using Humanitarian.Web.Account;
using Microsoft.AspNetCore.Mvc;

namespace Humanitarian.Web.Pages.Account;

/// <summary>An anonymous account form's tenant field (sign-in, forgotten password).</summary>
public abstract class TenantNamedInput
{
    /// <summary>The tenant's slug (<c>ha-noi</c>); empty for the host (national level).</summary>
    [StringLength(64)]
    public string? TenantName { get; set; }

    [Required, StringLength(256)]
    public string UserNameOrEmailAddress { get; set; } = "";
}

/// <summary>
/// An anonymous account page whose form names the tenant, as the sign-in page does: offered from the
/// last sign-in on this browser, refused on its field when unknown or closed.
/// </summary>
public abstract class TenantFormPageModel<TInput>(SignInTenants tenants) : HumanitarianPageModel where TInput : TenantNamedInput, new()
{
    [BindProperty]
    public TInput Input { get; set; } = new();

    public async Task OnGetAsync() => Input.TenantName = await tenants.RememberedNameAsync(Request);

    /// <summary>The tenant the form names; not found when the form is to be shown again with the error on its field.</summary>
    protected async Task<(bool Found, TenantConfiguration? Tenant)> FindTenantAsync()
    {
        var (tenant, error) = await tenants.FindAsync(Input.TenantName);
        if (error is null)
        {
            return (true, tenant);
        }
        ModelState.AddModelError($"{InputPrefix}.{nameof(TenantNamedInput.TenantName)}", error);
        return (false, null);
    }
}
