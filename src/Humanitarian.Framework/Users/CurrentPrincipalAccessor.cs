using System.Security.Claims;
using Humanitarian.Framework.DependencyInjection;
using Microsoft.AspNetCore.Http;

namespace Humanitarian.Framework.Users;

/// <summary>
/// ABP's principal accessor: the request's user, unless a scope acts as someone else (background work
/// started by a user runs as that user, so audit fields, the audit log and unit scope still hold).
/// </summary>
public interface ICurrentPrincipalAccessor
{
    ClaimsPrincipal? Principal { get; }

    IDisposable Change(ClaimsPrincipal principal);
}

public sealed class CurrentPrincipalAccessor(IHttpContextAccessor accessor) : ICurrentPrincipalAccessor, ISingletonDependency
{
    private static readonly AsyncLocal<ClaimsPrincipal?> Override = new();

    public ClaimsPrincipal? Principal => Override.Value ?? accessor.HttpContext?.User;

    public IDisposable Change(ClaimsPrincipal principal)
    {
        var previous = Override.Value;
        Override.Value = principal;
        return new Restore(() => Override.Value = previous);
    }

    private sealed class Restore(Action restore) : IDisposable
    {
        public void Dispose() => restore();
    }
}
