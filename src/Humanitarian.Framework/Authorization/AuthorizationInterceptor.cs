using System.Reflection;
using System.Security.Claims;
using Castle.DynamicProxy;
using Humanitarian.Framework.DependencyInjection;
using Humanitarian.Framework.Domain;
using Humanitarian.Framework.Users;
using Microsoft.AspNetCore.Authorization;

namespace Humanitarian.Framework.Authorization;

/// <summary>
/// ABP's <c>IMethodInvocationAuthorizationService</c>: evaluates a method's and its class's
/// <c>[Authorize]</c>/<c>[AllowAnonymous]</c> as ASP.NET Core's endpoint authorization does (every
/// attribute must hold; an <c>[AllowAnonymous]</c> on either skips the check), against the current
/// principal, so it holds outside a request too (a background job running as its user).
/// </summary>
public sealed class MethodInvocationAuthorizationService(
    IAuthorizationPolicyProvider policyProvider, IAuthorizationService authorizationService,
    ICurrentPrincipalAccessor principalAccessor) : ITransientDependency
{
    /// <exception cref="AbpAuthorizationException">The current principal does not meet the policies.</exception>
    public async Task CheckAsync(MethodInfo method, Type implementationType)
    {
        var attributes = implementationType.GetCustomAttributes(inherit: true)
            .Concat(method.GetCustomAttributes(inherit: true)).ToList();
        if (attributes.OfType<IAllowAnonymous>().Any())
        {
            return;
        }
        var policy = await AuthorizationPolicy.CombineAsync(policyProvider, attributes.OfType<IAuthorizeData>());
        if (policy is null)
        {
            return;
        }
        var principal = principalAccessor.Principal ?? new ClaimsPrincipal(new ClaimsIdentity());
        if (!(await authorizationService.AuthorizeAsync(principal, policy)).Succeeded)
        {
            throw new AbpAuthorizationException();
        }
    }
}

/// <summary>
/// ABP's <c>AuthorizationInterceptor</c>: an application service resolved through its interface is a
/// proxy that checks the implementation's <c>[Authorize]</c> before each call, so a page, a job or
/// another service calling it is held to the same permissions as the API. MVC instantiates the
/// controller class itself (no proxy), where endpoint authorization has already checked the same
/// attributes: a call over HTTP is checked once.
/// </summary>
public sealed class AuthorizationInterceptor(MethodInvocationAuthorizationService authorization)
    : AsyncInterceptorBase, ITransientDependency
{
    protected override async Task InterceptAsync(
        IInvocation invocation, IInvocationProceedInfo proceedInfo, Func<IInvocation, IInvocationProceedInfo, Task> proceed)
    {
        await CheckAsync(invocation);
        await proceed(invocation, proceedInfo);
    }

    protected override async Task<TResult> InterceptAsync<TResult>(
        IInvocation invocation, IInvocationProceedInfo proceedInfo, Func<IInvocation, IInvocationProceedInfo, Task<TResult>> proceed)
    {
        await CheckAsync(invocation);
        return await proceed(invocation, proceedInfo);
    }

    // An interface proxy with a target always has both; the attributes sit on the implementation.
    private Task CheckAsync(IInvocation invocation) =>
        authorization.CheckAsync(invocation.MethodInvocationTarget!, invocation.TargetType!);
}
