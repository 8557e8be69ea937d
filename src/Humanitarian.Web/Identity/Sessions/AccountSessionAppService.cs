using Humanitarian.Framework.Application;
using Humanitarian.Framework.Domain;
using Humanitarian.Framework.Users;
using Humanitarian.Web.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Humanitarian.Web.Identity.Sessions;

/// <summary>The signed-in user's own sessions: see where one is signed in and end any of them.</summary>
[Route("api/account/sessions")]
[RemoteService(Name = "AbpAccount")]
[Authorize]
public sealed class AccountSessionAppService(HumanitarianDbContext dbContext, ICurrentUser currentUser, ICurrentPrincipalAccessor principal)
    : ApplicationService, IAccountSessionAppService
{
    [HttpGet]
    public Task<PagedResultDto<IdentitySessionDto>> GetListAsync([FromQuery] PagedAndSortedResultRequestDto input) =>
        Own().ToPagedDtosAsync(dbContext.Users, new GetIdentitySessionListInput
        {
            SkipCount = input.SkipCount,
            MaxResultCount = input.MaxResultCount,
            Sorting = input.Sorting,
        }, principal.Principal ?? new());

    /// <summary>Ends one of the caller's sessions (the current one too: that is a sign-out).</summary>
    [HttpDelete("{id}")]
    public async Task RevokeAsync(Guid id)
    {
        var session = await Own().FirstOrDefaultAsync(s => s.Id == id)
                      ?? throw new EntityNotFoundException(typeof(IdentitySession), id);
        dbContext.Remove(session);
    }

    private IQueryable<IdentitySession> Own() => dbContext.Set<IdentitySession>().Where(s => s.UserId == currentUser.Id);
}
