using System.Security.Claims;
using Humanitarian.Framework.Authorization;
using Humanitarian.Framework.Domain;
using Humanitarian.Framework.MultiTenancy;
using Humanitarian.Framework.Users;
using Humanitarian.Organization.Units;
using Humanitarian.Web.Account;
using Humanitarian.Web.Auditing;
using Humanitarian.Web.Identity.Sessions;
using Humanitarian.Web.MultiTenancy;
using Humanitarian.Web.PermissionManagement;
using Microsoft.Extensions.DependencyInjection;

namespace Humanitarian.Web.Tests;

/// <summary>
/// Permissions hold where application services run, not only over HTTP: a service resolved from the
/// container and called directly, as a page or a background job running as its user does, checks its
/// <c>[Authorize]</c> against the current principal.
/// </summary>
public abstract class ApplicationServiceAuthorization_Tests<TFixture>(TFixture fixture) where TFixture : AppFixture
{
    [Fact]
    public async Task Should_refuse_a_direct_call_without_a_signed_in_principal()
    {
        using var scope = fixture.Factory.Services.CreateScope();
        var units = scope.ServiceProvider.GetRequiredService<IUnitAppService>();

        await Should.ThrowAsync<AbpAuthorizationException>(() => units.GetAsync(Guid.NewGuid()));
    }

    [Fact]
    public async Task Should_refuse_the_host_services_the_pages_call_without_a_signed_in_principal()
    {
        using var scope = fixture.Factory.Services.CreateScope();
        T Get<T>() where T : notnull => scope.ServiceProvider.GetRequiredService<T>();

        await Should.ThrowAsync<AbpAuthorizationException>(() => Get<IAuditLogAppService>().GetAsync(Guid.NewGuid()));
        await Should.ThrowAsync<AbpAuthorizationException>(() => Get<IPermissionAppService>().GetAsync("R", "admin"));
        await Should.ThrowAsync<AbpAuthorizationException>(() => Get<ITenantReorganisationAppService>().GetAsync(Guid.NewGuid()));
        await Should.ThrowAsync<AbpAuthorizationException>(() => Get<IAccountSessionAppService>().RevokeAsync(Guid.NewGuid()));
        await Should.ThrowAsync<AbpAuthorizationException>(() => Get<IProfileAppService>().GetAsync());
    }

    [Fact]
    public async Task Should_refuse_a_direct_call_by_a_principal_without_the_permission()
    {
        var tenant = await TenantTestData.CreateTenantAsync(fixture);
        using var scope = fixture.Factory.Services.CreateScope();
        var units = scope.ServiceProvider.GetRequiredService<IUnitAppService>();
        using var _ = scope.ServiceProvider.GetRequiredService<ICurrentTenant>().Change(tenant.Id, tenant.Name);
        // A committee member reads units but may not delete them.
        using var __ = scope.ServiceProvider.GetRequiredService<ICurrentPrincipalAccessor>().Change(new ClaimsPrincipal(
            new ClaimsIdentity(
            [
                new Claim(ClaimTypes.NameIdentifier, Guid.NewGuid().ToString()),
                new Claim(ClaimTypes.Name, "member"),
                new Claim(AbpClaimTypes.TenantId, tenant.Id.ToString()),
                new Claim(ClaimTypes.Role, DefaultRoleNames.CommitteeMember),
            ], "Test")));

        await Should.ThrowAsync<AbpAuthorizationException>(() => units.DeleteAsync(Guid.NewGuid()));
        // The permitted call passes the check and fails only on the missing unit.
        await Should.ThrowAsync<EntityNotFoundException>(() => units.GetAsync(Guid.NewGuid()));
    }
}

[Collection(Collections.Sqlite)]
public sealed class ApplicationServiceAuthorization_Sqlite_Tests(SqliteAppFixture fixture)
    : ApplicationServiceAuthorization_Tests<SqliteAppFixture>(fixture);

[Collection(Collections.MySql)]
public sealed class ApplicationServiceAuthorization_MySql_Tests(MySqlAppFixture fixture)
    : ApplicationServiceAuthorization_Tests<MySqlAppFixture>(fixture);
