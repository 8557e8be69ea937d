using Humanitarian.Framework.DependencyInjection;
using Humanitarian.Framework.Domain;
using Humanitarian.Framework.EntityFrameworkCore;
using Humanitarian.Framework.Localization;
using Microsoft.Extensions.Localization;

namespace Humanitarian.Framework.MultiTenancy;

/// <summary>
/// The records a tenant inherited from a closed predecessor (2025 reorganisation): read in full, never
/// changed. The save interceptor refuses updates and deletes; this also refuses adding rows under them
/// (an attachment, a member, a child committee), with the same error, before any work is done. Lists
/// show such a record's former owner with the <c>_FormerTenantBadge</c> partial.
/// </summary>
public sealed class InheritedRecords(
    ICurrentTenant currentTenant,
    ITenantStore tenantStore,
    IStringLocalizer<AbpFrameworkResource> l) : ITransientDependency
{
    public bool IsInherited(IInheritedByLegalHeir record) => currentTenant.IsInherited(record);

    /// <exception cref="BusinessException"><c>Abp.MultiTenancy.InheritedRecordIsReadOnly</c> for an inherited record.</exception>
    public void CheckOwned(IInheritedByLegalHeir record)
    {
        if (IsInherited(record))
        {
            throw new BusinessException(AbpSaveChangesInterceptor.InheritedRecordIsReadOnly,
                l[AbpSaveChangesInterceptor.InheritedRecordIsReadOnly]);
        }
    }

    /// <summary>The former names of the predecessors owning some of <paramref name="records"/>, looked up once each.</summary>
    public async Task<FormerTenantNames> GetFormerNamesAsync(IEnumerable<IInheritedByLegalHeir> records)
    {
        var names = new Dictionary<Guid, string>();
        foreach (var owner in records.Where(IsInherited).Select(r => r.TenantId!.Value).Distinct())
        {
            // A closed tenant stays in the store, so its name is always found.
            var tenant = await tenantStore.FindAsync(owner);
            names[owner] = l["FormerTenant", tenant?.DisplayName ?? owner.ToString()];
        }
        return new FormerTenantNames(names);
    }
}

/// <summary>"Ninh Thuận (cũ)" by the closed tenant's id; null for any other owner.</summary>
public sealed class FormerTenantNames(IReadOnlyDictionary<Guid, string> names)
{
    /// <summary>For records just created by the current tenant: none of them is inherited.</summary>
    public static readonly FormerTenantNames None = new(new Dictionary<Guid, string>());

    public string? Of(Guid? tenantId) => tenantId is { } id && names.TryGetValue(id, out var name) ? name : null;
}
