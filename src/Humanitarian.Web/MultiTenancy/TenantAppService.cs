using Humanitarian.Framework.Application;
using Humanitarian.Framework.Authorization;
using Humanitarian.Framework.Domain;
using Humanitarian.Framework.MultiTenancy;
using Humanitarian.Framework.Text;
using Humanitarian.Web.Authorization;
using Humanitarian.Web.Data;
using Humanitarian.Web.Localization;
using Humanitarian.Web.Seeding;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Humanitarian.Web.MultiTenancy;

/// <summary>The host's tenant management (ABP's TenantAppService, same routes).</summary>
[Route("api/multi-tenancy/tenants")]
[RemoteService(Name = "AbpTenantManagement")]
[Authorize(TenantManagementPermissions.Tenants.Default)]
public sealed class TenantAppService(
    HumanitarianDbContext dbContext,
    TenantStore tenantStore,
    TenantProvisioner provisioner,
    IStringLocalizer<HumanitarianResource> l) : ApplicationService, ITenantAppService
{
    private static readonly Dictionary<string, string> Sortable = new()
    {
        ["name"] = nameof(Tenant.Name), ["displayName"] = nameof(Tenant.DisplayName),
        ["level"] = nameof(Tenant.Level), ["creationTime"] = nameof(Tenant.CreationTime),
    };

    [HttpGet]
    public async Task<PagedResultDto<TenantDto>> GetListAsync([FromQuery] TenantListInput input)
    {
        // Tenants are few and cached whole: filter in memory, diacritic-insensitively.
        var all = await tenantStore.GetAllAsync();
        var filter = SearchText.Normalize(input.Filter);
        var matching = all.Where(t => (filter.Length == 0
                                       || SearchText.Normalize(t.Name).Contains(filter, StringComparison.Ordinal)
                                       || SearchText.Normalize(t.DisplayName).Contains(filter, StringComparison.Ordinal))
                                      && (input.ParentId is null || t.ParentId == input.ParentId))
            .Select(t => t.Id).ToHashSet();
        var query = dbContext.Tenants.AsNoTracking().Where(t => matching.Contains(t.Id));
        var total = await query.LongCountAsync();
        var page = await query.ApplySorting(input.Sorting, "name", Sortable).PageBy(input).ToListAsync();
        return new PagedResultDto<TenantDto>(total, page.Select(t => ToDto(t, all)).ToList());
    }

    [HttpGet("{id}")]
    public async Task<TenantDto> GetAsync(Guid id) => ToDto(await FindAsync(id), await tenantStore.GetAllAsync());

    [HttpPost]
    [Authorize(TenantManagementPermissions.Tenants.Create)]
    public async Task<TenantDto> CreateAsync([FromBody] TenantCreateDto input)
    {
        await CheckNameIsFreeAsync(input.Name, null);
        await CheckParentAsync(input.ParentId, null);
        var tenant = new Tenant(Guid.NewGuid(), input.Name,
            string.IsNullOrWhiteSpace(input.DisplayName) ? input.Name : input.DisplayName.Trim(), input.Level, input.ParentId);
        dbContext.Tenants.Add(tenant);
        await dbContext.SaveChangesAsync();
        tenantStore.Invalidate();

        await provisioner.EnsureRolesAsync(tenant.Id);
        try
        {
            await provisioner.EnsureUserAsync(tenant.Id, DefaultRoleNames.Admin, input.AdminEmailAddress, input.AdminPassword,
                null, DefaultRoleNames.Admin);
        }
        catch (AbpValidationException e)
        {
            // Name the fields of this input, not the user's (the unit of work rolls the tenant back).
            throw new AbpValidationException(e.ValidationErrors
                .Select(v => v with { Members = v.Members.Select(ToCreateInputMember).ToList() }).ToList());
        }
        return ToDto(tenant, await tenantStore.GetAllAsync());
    }

    [HttpPut("{id}")]
    [Authorize(TenantManagementPermissions.Tenants.Update)]
    public async Task<TenantDto> UpdateAsync(Guid id, [FromBody] TenantUpdateDto input)
    {
        var tenant = await FindOpenAsync(id);
        await CheckNameIsFreeAsync(input.Name, id);
        await CheckParentAsync(input.ParentId, id);
        tenant.SetName(input.Name);
        tenant.DisplayName = input.DisplayName.Trim();
        tenant.ParentId = input.ParentId;
        tenant.Level = input.Level;
        tenant.IsActive = input.IsActive;
        if (input.ConcurrencyStamp is not null)
        {
            tenant.ConcurrencyStamp = input.ConcurrencyStamp;
        }
        await dbContext.SaveChangesAsync();
        tenantStore.Invalidate();
        return ToDto(tenant, await tenantStore.GetAllAsync());
    }

    [HttpDelete("{id}")]
    [Authorize(TenantManagementPermissions.Tenants.Delete)]
    public async Task DeleteAsync(Guid id)
    {
        var tenant = await FindOpenAsync(id);
        if (await dbContext.Tenants.AnyAsync(t => t.ParentId == id))
        {
            throw new BusinessException("Humanitarian:TenantHasChildren", l["TenantHasChildren", tenant.DisplayName]);
        }
        dbContext.Tenants.Remove(tenant);
        await dbContext.SaveChangesAsync();
        tenantStore.Invalidate();
    }

    private static string ToCreateInputMember(string userMember) => userMember switch
    {
        "password" => "adminPassword",
        "email" => "adminEmailAddress",
        _ => userMember,
    };

    private async Task<Tenant> FindAsync(Guid id) =>
        await dbContext.Tenants.FirstOrDefaultAsync(t => t.Id == id) ?? throw new EntityNotFoundException(typeof(Tenant), id);

    /// <summary>A merged or dissolved tenant is history: its heir reads its records, nobody edits or deletes it.</summary>
    private async Task<Tenant> FindOpenAsync(Guid id)
    {
        var tenant = await FindAsync(id);
        if (tenant.IsClosed)
        {
            throw new BusinessException("Humanitarian:TenantClosed", l["Reorganisation:SourceClosed", tenant.DisplayName]);
        }
        return tenant;
    }

    private async Task CheckNameIsFreeAsync(string name, Guid? exceptId)
    {
        var normalized = name.Trim().ToUpperInvariant();
        if (await dbContext.Tenants.IgnoreQueryFilters().AnyAsync(t => t.NormalizedName == normalized && t.Id != exceptId))
        {
            throw new AbpValidationException(l["TenantNameTaken", name], "name");
        }
    }

    /// <summary>The parent must exist and must not be the tenant itself or one of its descendants.</summary>
    private async Task CheckParentAsync(Guid? parentId, Guid? tenantId)
    {
        if (parentId is not { } parent)
        {
            return;
        }
        if (await tenantStore.FindAsync(parent) is not { IsClosed: false })
        {
            throw new AbpValidationException(l["ParentTenantNotFound"], "parentId");
        }
        if (tenantId is { } self && (parent == self || (await tenantStore.GetDescendantsAsync(self)).Any(d => d.Id == parent)))
        {
            throw new AbpValidationException(l["ParentTenantCycle"], "parentId");
        }
    }

    private static TenantDto ToDto(Tenant t, IReadOnlyList<TenantConfiguration> all) => new()
    {
        Id = t.Id,
        Name = t.Name,
        DisplayName = t.DisplayName,
        ParentId = t.ParentId,
        ParentName = all.FirstOrDefault(p => p.Id == t.ParentId)?.DisplayName,
        Level = t.Level,
        IsActive = t.IsActive,
        SuccessorId = t.SuccessorId,
        SuccessorName = all.FirstOrDefault(p => p.Id == t.SuccessorId)?.DisplayName,
        ClosureKind = t.ClosureKind,
        ClosureDate = t.ClosureDate,
        ConcurrencyStamp = t.ConcurrencyStamp,
        CreationTime = t.CreationTime,
        CreatorId = t.CreatorId,
        LastModificationTime = t.LastModificationTime,
        LastModifierId = t.LastModifierId,
    };
}
