using System.ComponentModel.DataAnnotations;
using Humanitarian.Web.Account;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace Humanitarian.Web.Pages.Account.Manage;

/// <summary>The form's fields: the service's input, plus the new password typed twice.</summary>
public sealed class ChangePasswordFormInput
{
    [Required, StringLength(128), DataType(DataType.Password)]
    public string CurrentPassword { get; set; } = "";

    [Required, StringLength(128), DataType(DataType.Password)]
    public string NewPassword { get; set; } = "";

    [Required, StringLength(128), DataType(DataType.Password)]
    public string ConfirmPassword { get; set; } = "";
}

/// <summary>
/// The signed-in user's own password: current, new and again. This browser stays signed in; every
/// other session of the user ends.
/// </summary>
[Authorize]
[EnableRateLimiting(RateLimitingSetup.SignInPolicy)]
public sealed class ChangePasswordModel(IProfileAppService profile) : HumanitarianPageModel
{
    [BindProperty]
    public ChangePasswordFormInput Input { get; set; } = new();

    protected override string FieldLabelKey(string propertyName) => "Manage:" + propertyName;

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (ModelState.IsValid && Input.NewPassword != Input.ConfirmPassword)
        {
            ModelState.AddModelError($"{InputPrefix}.{nameof(ChangePasswordFormInput.ConfirmPassword)}", L["ResetPassword:Mismatch"]);
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        await profile.ChangePasswordAsync(new ChangePasswordInput { CurrentPassword = Input.CurrentPassword, NewPassword = Input.NewPassword });
        SetNotice("Manage:PasswordChanged");
        return RedirectToPage();
    }
}
