using Humanitarian.Framework.Data;
using Humanitarian.Framework.DependencyInjection;
using Humanitarian.Framework.Domain;
using Humanitarian.Framework.MultiTenancy;
using Humanitarian.Organization.Entities;
using Microsoft.EntityFrameworkCore;

namespace Humanitarian.Organization.Services.Documents;

/// <summary>
/// The documents a tenant may cite (legal basis, a committee's establishing decision) and therefore
/// read: its own, those of the closed tenants it inherited (an heir cites its predecessor's plan), its
/// ancestors' (a district cites its province) and the host's (national documents).
/// </summary>
public sealed class CitableDocuments(
    IRepository<Document, Guid> documents, ICurrentTenant currentTenant, ITenantStore tenantStore, IDataFilter dataFilter)
    : ITransientDependency
{
    public Task<Document?> FindAsync(Guid id) => FindAsync(id, withParts: false);

    /// <summary>The document with its recipients, legal basis and attachments (not their bytes), untracked.</summary>
    public Task<Document?> FindWithPartsAsync(Guid id) => FindAsync(id, withParts: true);

    private async Task<Document?> FindAsync(Guid id, bool withParts)
    {
        var owners = await GetOwnersAsync();
        using (dataFilter.Disable<IMultiTenant>())
        {
            var query = (await documents.GetQueryableAsync()).AsNoTracking();
            if (withParts)
            {
                query = query.Include(d => d.Recipients).Include(d => d.LegalBasis).Include(d => d.Attachments).AsSplitQuery();
            }
            var document = await query.FirstOrDefaultAsync(d => d.Id == id);
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

    /// <summary>The current tenant, the closed tenants it inherited, its ancestors upwards, then the host (null).</summary>
    private async Task<List<Guid?>> GetOwnersAsync()
    {
        var owners = new List<Guid?>();
        for (var tenantId = currentTenant.Id; tenantId is { } id && !owners.Contains(id);)
        {
            owners.Add(id);
            tenantId = (await tenantStore.FindAsync(id))?.ParentId;
        }
        // What the tenant inherited is its own history: a number cited finds it before an ancestor's.
        owners.InsertRange(Math.Min(1, owners.Count), currentTenant.InheritedIds.Where(i => !owners.Contains(i)).Select(i => (Guid?)i));
        owners.Add(null);
        return owners;
    }
}
