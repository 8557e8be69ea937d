using Humanitarian.Awards.Data;
using Humanitarian.Beneficiaries.Data;
using Humanitarian.Campaigns.Data;
using Humanitarian.Framework.AspNetCore;
using Humanitarian.Framework.Auditing;
using Humanitarian.Framework.Authorization;
using Humanitarian.Framework.BackgroundJobs;
using Humanitarian.Framework.Data;
using Humanitarian.Framework.Emailing;
using Humanitarian.Framework.EntityFrameworkCore;
using Humanitarian.Framework.Excel.Import;
using Humanitarian.Framework.MultiTenancy;
using Humanitarian.Framework.Settings;
using Humanitarian.Framework.TextTemplating;
using Humanitarian.Fundraising.Data;
using Humanitarian.Organization.Data;
using Humanitarian.Web.Identity;
using Humanitarian.Web.MultiTenancy;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Humanitarian.Web.Data;

/// <summary>
/// The one database of the monolith: Identity, the framework's tables and every module's mapping.
/// Each provider has its own subclass, so each keeps its own migrations.
/// </summary>
public abstract class HumanitarianDbContext(
    DbContextOptions options, ICurrentTenant currentTenant, IDataFilter dataFilter)
    : IdentityDbContext<AppUser, AppRole, Guid>(options), IAbpEfCoreDbContext, IDataProtectionKeyContext
{
    public Guid? CurrentTenantId => currentTenant.Id;
    public IReadOnlyList<Guid> InheritedTenantIds => currentTenant.InheritedIds;
    public bool InheritsRecords => currentTenant.InheritedIds.Count > 0;
    public bool IsMultiTenantFilterEnabled => dataFilter.IsEnabled<IMultiTenant>();
    public bool IsSoftDeleteFilterEnabled => dataFilter.IsEnabled<Framework.Domain.ISoftDelete>();

    public DbSet<Tenant> Tenants => Set<Tenant>();
    public DbSet<TenantReorganisation> TenantReorganisations => Set<TenantReorganisation>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ConfigureIdentityPerTenant();
        builder.ConfigureTenantManagement();
        builder.ConfigureAuditLogging();
        builder.ConfigurePermissionManagement();
        builder.ConfigureSettingManagement();
        builder.ConfigureIdempotency();
        builder.ConfigureEmailing();
        builder.ConfigureTextTemplateManagement();
        builder.ConfigureBackgroundJobs();
        builder.ConfigureExcelImports();
        builder.ConfigureOrganization();
        builder.ConfigureCampaigns();
        builder.ConfigureBeneficiaries();
        builder.ConfigureFundraising();
        builder.ConfigureAwards();
        builder.ConfigureAbpConventions(this);
    }
}
