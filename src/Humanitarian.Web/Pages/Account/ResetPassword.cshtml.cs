using System.ComponentModel.DataAnnotations;
using Humanitarian.Web.Account;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace Humanitarian.Web.Pages.Account;

public sealed class ResetPasswordInputModel
{
    public Guid UserId { get; set; }

    [Required, StringLength(2048)]
    public string ResetToken { get; set; } = "";

    [Required, StringLength(128), DataType(DataType.Password)]
    public string Password { get; set; } = "";

    [Required, StringLength(128), DataType(DataType.Password)]
    public string ConfirmPassword { get; set; } = "";
}

/// <summary>
/// Where the invitation and the reset link lead: a new password against the link's token, in the
/// tenant the link names (its <c>__tenant</c> stays in the form's address).
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(RateLimitingSetup.SignInPolicy)]
public sealed class ResetPasswordModel(PasswordResets passwordResets) : HumanitarianPageModel
{
    [BindProperty]
    public ResetPasswordInputModel Input { get; set; } = new();

    protected override string FieldLabelKey(string propertyName) => "ResetPassword:" + propertyName;

    public void OnGet(Guid userId, string? resetToken)
    {
        Input.UserId = userId;
        Input.ResetToken = resetToken ?? "";
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (ModelState.IsValid && Input.Password != Input.ConfirmPassword)
        {
            ModelState.AddModelError($"{InputPrefix}.{nameof(ResetPasswordInputModel.ConfirmPassword)}", L["ResetPassword:Mismatch"]);
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        await passwordResets.ResetAsync(Input.UserId, Input.ResetToken, Input.Password);
        SetNotice("ResetPassword:Done");
        return RedirectToPage("Login");
    }
}
