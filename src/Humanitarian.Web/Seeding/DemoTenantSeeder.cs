using System.Text.Json;
using Humanitarian.Framework.Authorization;
using Humanitarian.Framework.DependencyInjection;
using Humanitarian.Framework.MultiTenancy;
using Humanitarian.Web.Data;
using Humanitarian.Web.Identity;
using Humanitarian.Web.MultiTenancy;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Humanitarian.Web.Seeding;

/// <summary>
/// The demo tenants of <c>seeds/tenants.json</c> (Hà Nội; Lâm Đồng → Bảo Lộc; Ninh Thuận; Quảng Trị →
/// Vĩnh Linh), each with an <c>admin</c> and one user per default role, all with the demo password and a person's name.
/// </summary>
public sealed class DemoTenantSeeder(
    HumanitarianDbContext dbContext, TenantProvisioner provisioner, TenantStore tenantStore, DemoUserNames userNames,
    IOptions<DemoDataOptions> options, IPasswordHasher<AppUser> passwordHasher) : ITransientDependency
{
    private sealed record SeedTenant(string Name, string DisplayName, TenantLevel Level, string? Parent);

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
    };

    /// <returns>The demo tenants' names.</returns>
    public async Task<IReadOnlyList<string>> SeedTenantsAsync()
    {
        var path = Path.Combine(options.Value.SeedsFolder, "tenants.json");
        var seeds = JsonSerializer.Deserialize<List<SeedTenant>>(await File.ReadAllTextAsync(path), Json)
                    ?? throw new InvalidOperationException($"{path} is empty.");
        foreach (var seed in seeds)
        {
            var normalized = seed.Name.ToUpperInvariant();
            if (await dbContext.Tenants.IgnoreQueryFilters().AnyAsync(t => t.NormalizedName == normalized))
            {
                continue;
            }
            var parentId = seed.Parent is null
                ? (Guid?)null
                : (await dbContext.Tenants.SingleAsync(t => t.Name == seed.Parent)).Id;
            dbContext.Tenants.Add(new Tenant(Guid.NewGuid(), seed.Name, seed.DisplayName, seed.Level, parentId));
            await dbContext.SaveChangesAsync();
        }
        tenantStore.Invalidate();
        return seeds.Select(s => s.Name).ToList();
    }

    /// <summary>
    /// One user per default role, its user name the role's and its person's name from <c>seeds/demo-users.json</c>;
    /// the password is hashed once for all.
    /// </summary>
    public async Task SeedUsersAsync(Guid tenantId, string tenantName, string passwordHash)
    {
        var names = await userNames.ReadAsync(tenantName);
        foreach (var role in DefaultRoleNames.All)
        {
            await provisioner.EnsureUserAsync(tenantId, role, names.GetValueOrDefault(role),
                $"{role}@{tenantName}.demo.humanitarian.local", null, passwordHash, role);
        }
    }

    public string HashDemoPassword() => passwordHasher.HashPassword(new AppUser(), DemoDataOptions.DemoPassword);
}
