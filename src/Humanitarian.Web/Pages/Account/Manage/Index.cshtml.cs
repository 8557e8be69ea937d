using Humanitarian.Web.Account;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Humanitarian.Web.Pages.Account.Manage;

/// <summary>The signed-in user's own profile (ABP's /Account/Manage): name, e-mail, phone.</summary>
[Authorize]
public sealed class IndexModel(IProfileAppService profile) : HumanitarianPageModel
{
    [BindProperty]
    public UpdateProfileDto Input { get; set; } = new();

    public string UserName { get; private set; } = "";

    protected override string FieldLabelKey(string propertyName) => "User:" + propertyName;

    public async Task OnGetAsync()
    {
        var current = await profile.GetAsync();
        UserName = current.UserName;
        Input = new UpdateProfileDto
        {
            Email = current.Email ?? "",
            Name = current.Name,
            Surname = current.Surname,
            PhoneNumber = current.PhoneNumber,
            ConcurrencyStamp = current.ConcurrencyStamp,
        };
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            await OnInputRejectedAsync();
            return Page();
        }
        await profile.UpdateAsync(Input);
        SetNotice("Manage:ProfileSaved");
        return RedirectToPage();
    }

    protected override async Task OnInputRejectedAsync() => UserName = (await profile.GetAsync()).UserName;
}
