using Humanitarian.Web.Authorization;
using Humanitarian.Web.Emailing;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Humanitarian.Web.Pages.Emailing;

/// <summary>One message of the outbox as it was queued, with what became of it; a failed one can be sent again.</summary>
[Authorize(SettingManagementPermissions.Emailing)]
public sealed class DetailsModel(IEmailMessageAppService outbox) : HumanitarianPageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    public EmailMessageWithBodyDto Message { get; private set; } = null!;

    public async Task OnGetAsync() => Message = await outbox.GetAsync(Id);

    public async Task<IActionResult> OnPostResendAsync()
    {
        var message = await outbox.ResendAsync(Id);
        SetNotice("Outbox:Resent", message.To);
        return RedirectToPage(new { id = Id });
    }

    protected override async Task OnInputRejectedAsync() => Message = await outbox.GetAsync(Id);
}
