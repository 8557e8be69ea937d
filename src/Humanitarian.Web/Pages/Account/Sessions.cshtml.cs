using Humanitarian.Framework.Application;
using Humanitarian.Web.Identity.Sessions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Humanitarian.Web.Pages.Account;

/// <summary>Where the signed-in user is signed in (browsers, scripts), with a way to end each sign-in.</summary>
[Authorize]
public sealed class SessionsModel(IAccountSessionAppService sessions) : HumanitarianPageModel
{
    public PagedResultDto<IdentitySessionDto> Result { get; private set; } = new();

    public async Task OnGetAsync() =>
        Result = await sessions.GetListAsync(new PagedAndSortedResultRequestDto { MaxResultCount = LimitedResultRequestDto.MaxMaxResultCount });

    public async Task<IActionResult> OnPostEndAsync(Guid id, bool current)
    {
        await sessions.RevokeAsync(id);
        return current ? RedirectToPage("/Account/Login") : RedirectToPage();
    }
}
