using Humanitarian.Framework.Application;
using Humanitarian.Framework.Domain;
using Humanitarian.Framework.Users;
using Humanitarian.Web.Authorization;
using Humanitarian.Web.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Humanitarian.Web.Identity.Sessions;

/// <summary>An administrator's view of the tenant's sign-in sessions (ABP's IdentitySessionAppService).</summary>
[Route("api/identity/sessions")]
[RemoteService(Name = "AbpIdentity")]
[Authorize(IdentityPermissions.Users.Default)]
public sealed class IdentitySessionAppService(HumanitarianDbContext dbContext, ICurrentPrincipalAccessor principal) : ApplicationService
{
    [HttpGet]
    public Task<PagedResultDto<IdentitySessionDto>> GetListAsync([FromQuery] GetIdentitySessionListInput input) =>
        dbContext.Set<IdentitySession>().ToPagedDtosAsync(dbContext.Users, input, principal.Principal ?? new());

    /// <summary>Ends one session of a user of this tenant; another tenant's id is not found.</summary>
    [HttpDelete("{id}")]
    [Authorize(IdentityPermissions.Users.Update)]
    public async Task RevokeAsync(Guid id)
    {
        var session = await dbContext.Set<IdentitySession>().FirstOrDefaultAsync(s => s.Id == id)
                      ?? throw new EntityNotFoundException(typeof(IdentitySession), id);
        dbContext.Remove(session);
    }

    /// <summary>Ends every session of one user of this tenant ("sign out everywhere").</summary>
    [HttpDelete("by-user/{userId}")]
    [Authorize(IdentityPermissions.Users.Update)]
    public async Task RevokeAllAsync([FromRoute] Guid userId)
    {
        if (!await dbContext.Users.AnyAsync(u => u.Id == userId))
        {
            throw new EntityNotFoundException(typeof(AppUser), userId);
        }
        dbContext.RemoveRange(await dbContext.Set<IdentitySession>().Where(s => s.UserId == userId).ToListAsync());
    }
}
