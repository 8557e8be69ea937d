using Humanitarian.Framework.Data;
using Humanitarian.Framework.DependencyInjection;
using Humanitarian.Framework.Domain;
using Humanitarian.Framework.MultiTenancy;
using Humanitarian.Organization.Entities;
using Microsoft.EntityFrameworkCore;

namespace Humanitarian.Organization.Services.Documents;

/// <summary>
/// The documents a tenant may cite (legal basis, a committee's establishing decision): its own, its
/// ancestors' (a district cites its province) and the host's (national documents).
/// </summary>
public sealed class CitableDocuments(
    IRepository<Document, Guid> documents, ICurrentTenant currentTenant, ITenantStore tenantStore, IDataFilter dataFilter)
    : ITransientDependency
{
    public async Task<Document?> FindAsync(Guid id)
    {
        var owners = await GetOwnersAsync();
        using (dataFilter.Disable<IMultiTenant>())
        {
            var document = await (await documents.GetQueryableAsync()).AsNoTracking().FirstOrDefaultAsync(d => d.Id == id);
            return document is not null && owners.Contains(document.TenantId) ? document : null;
        }
    }

    /// <summary>The document with this number, the nearest owner's first (the tenant's own, then upwards).</summary>
    public async Task<Document?> FindByNumberAsync(string number)
    {
        var normalized = Document.NormalizeNumber(number);
        var owners = await GetOwnersAsync();
        using (dataFilter.Disable<IMultiTenant>())
        {
            var candidates = await (await documents.GetQueryableAsync()).AsNoTracking()
                .Where(d => d.NormalizedNumber == normalized).ToListAsync();
            return candidates.Where(d => owners.Contains(d.TenantId)).MinBy(d => owners.IndexOf(d.TenantId));
        }
    }

    /// <summary>The current tenant, its ancestors upwards, then the host (null).</summary>
    private async Task<List<Guid?>> GetOwnersAsync()
    {
        var owners = new List<Guid?>();
        for (var tenantId = currentTenant.Id; tenantId is { } id && !owners.Contains(id);)
        {
            owners.Add(id);
            tenantId = (await tenantStore.FindAsync(id))?.ParentId;
        }
        owners.Add(null);
        return owners;
    }
}
