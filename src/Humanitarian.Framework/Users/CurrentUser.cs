using System.Security.Claims;
using Humanitarian.Framework.DependencyInjection;

namespace Humanitarian.Framework.Users;

/// <summary>Reads the signed-in user from the current principal's claims.</summary>
public sealed class CurrentUser(ICurrentPrincipalAccessor accessor) : ICurrentUser, ITransientDependency
{
    private ClaimsPrincipal? Principal => accessor.Principal;

    public bool IsAuthenticated => Principal?.Identity?.IsAuthenticated == true;
    public Guid? Id => GuidClaim(ClaimTypes.NameIdentifier);
    public string? UserName => IsAuthenticated ? Principal!.FindFirst(ClaimTypes.Name)?.Value : null;
    public Guid? TenantId => GuidClaim(AbpClaimTypes.TenantId);
    public Guid? UnitId => GuidClaim(AbpClaimTypes.UnitId);

    public IReadOnlyList<string> Roles =>
        IsAuthenticated ? Principal!.FindAll(ClaimTypes.Role).Select(c => c.Value).Distinct().ToList() : [];

    private Guid? GuidClaim(string type) =>
        IsAuthenticated && Guid.TryParse(Principal!.FindFirst(type)?.Value, out var id) ? id : null;
}
