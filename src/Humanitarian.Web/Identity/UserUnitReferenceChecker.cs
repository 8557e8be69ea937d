using Humanitarian.Framework.DependencyInjection;
using Humanitarian.Organization.Units;
using Humanitarian.Web.Localization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Humanitarian.Web.Identity;

/// <summary>A unit that users work for stays: deleting it would leave them attached to nothing.</summary>
public sealed class UserUnitReferenceChecker(UserManager<AppUser> userManager, IStringLocalizer<HumanitarianResource> l)
    : IUnitReferenceChecker, ITransientDependency
{
    public async Task<string?> GetBlockingReasonAsync(Guid unitId)
    {
        var count = await userManager.Users.CountAsync(u => u.UnitId == unitId);
        return count > 0 ? l["UnitHasUsers", count].Value : null;
    }
}
