using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;

namespace Humanitarian.Framework.Authorization;

public sealed class PermissionRequirement(string permissionName) : IAuthorizationRequirement
{
    public string PermissionName { get; } = permissionName;
}

/// <summary>Lets <c>[Authorize("Humanitarian.Campaigns.Create")]</c> name a permission as its policy.</summary>
public sealed class PermissionPolicyProvider(
    IOptions<AuthorizationOptions> options, PermissionDefinitionManager definitions)
    : DefaultAuthorizationPolicyProvider(options)
{
    public override async Task<AuthorizationPolicy?> GetPolicyAsync(string policyName)
    {
        if (await base.GetPolicyAsync(policyName) is { } policy)
        {
            return policy;
        }
        return definitions.GetOrNull(policyName) is null
            ? null
            : new AuthorizationPolicyBuilder()
                .RequireAuthenticatedUser()
                .AddRequirements(new PermissionRequirement(policyName))
                .Build();
    }
}

public sealed class PermissionRequirementHandler(IPermissionChecker checker) : AuthorizationHandler<PermissionRequirement>
{
    protected override async Task HandleRequirementAsync(
        AuthorizationHandlerContext context, PermissionRequirement requirement)
    {
        if (await checker.IsGrantedAsync(requirement.PermissionName))
        {
            context.Succeed(requirement);
        }
    }
}
