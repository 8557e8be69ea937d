using Humanitarian.Framework.DependencyInjection;
using Humanitarian.Framework.Users;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Humanitarian.Web.Identity;

/// <summary>The modules' read-only view of the current tenant's users (the tenant filter applies).</summary>
public sealed class IdentityUserLookupServiceProvider(UserManager<AppUser> userManager)
    : IExternalUserLookupServiceProvider, ITransientDependency
{
    public async Task<IUserData?> FindByIdAsync(Guid id, CancellationToken cancellationToken = default) =>
        await userManager.Users.AsNoTracking().Where(u => u.Id == id).Select(ToData).FirstOrDefaultAsync(cancellationToken);

    public async Task<IUserData?> FindByUserNameAsync(string userName, CancellationToken cancellationToken = default)
    {
        var normalized = userManager.NormalizeName(userName);
        return await userManager.Users.AsNoTracking().Where(u => u.NormalizedUserName == normalized).Select(ToData)
            .FirstOrDefaultAsync(cancellationToken);
    }

    public async Task<List<IUserData>> SearchAsync(
        string? sorting = null, string? filter = null, int maxResultCount = int.MaxValue, int skipCount = 0,
        CancellationToken cancellationToken = default)
    {
        var users = await Filter(filter).OrderBy(u => u.UserName).Skip(skipCount).Take(maxResultCount).Select(ToData)
            .ToListAsync(cancellationToken);
        return users.Cast<IUserData>().ToList();
    }

    public Task<long> GetCountAsync(string? filter = null, CancellationToken cancellationToken = default) =>
        Filter(filter).LongCountAsync(cancellationToken);

    private IQueryable<AppUser> Filter(string? filter)
    {
        var query = userManager.Users.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(filter))
        {
            var upper = filter.Trim().ToUpperInvariant();
            var raw = filter.Trim();
            query = query.Where(u => u.NormalizedUserName!.Contains(upper) || u.NormalizedEmail!.Contains(upper)
                                     || u.Name!.Contains(raw) || u.Surname!.Contains(raw));
        }
        return query;
    }

    internal static readonly System.Linq.Expressions.Expression<Func<AppUser, UserData>> ToData = u =>
        new UserData(u.Id, u.TenantId, u.UserName!, u.Name, u.Surname, u.Email, u.IsActive);
}
