using Humanitarian.Framework.Data;
using Humanitarian.Framework.DependencyInjection;
using Humanitarian.Framework.Domain;
using Humanitarian.Framework.MultiTenancy;
using Humanitarian.Organization.Documents;
using Humanitarian.Organization.Entities;
using Microsoft.EntityFrameworkCore;

namespace Humanitarian.Organization.Services.Documents;

/// <summary>
/// The documents a tenant may cite (legal basis, a committee's establishing decision) and therefore
/// read: its own, those of the closed tenants it inherited (an heir cites its predecessor's plan), its
/// ancestors' and what they inherited (a district cites its province) and the host's (national documents).
/// </summary>
public sealed class CitableDocuments(
    IRepository<Document, Guid> documents, ICurrentTenant currentTenant, ITenantStore tenantStore, IDataFilter dataFilter)
    : IDocumentLookup, ITransientDependency
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

    public async Task<IReadOnlySet<Guid>> GetCitableAsync(IEnumerable<Guid> documentIds)
    {
        var ids = documentIds.Distinct().ToList();
        if (ids.Count == 0)
        {
            return new HashSet<Guid>();
        }
        var owners = await GetOwnersAsync();
        using (dataFilter.Disable<IMultiTenant>())
        {
            var found = await (await documents.GetQueryableAsync()).AsNoTracking().Where(d => ids.Contains(d.Id))
                .Select(d => new { d.Id, d.TenantId }).ToListAsync();
            return found.Where(d => owners.Contains(d.TenantId)).Select(d => d.Id).ToHashSet();
        }
    }

    public async Task<IReadOnlyDictionary<Guid, string>> GetCaptionsAsync(IEnumerable<Guid> documentIds)
    {
        var ids = documentIds.Distinct().ToList();
        if (ids.Count == 0)
        {
            return new Dictionary<Guid, string>();
        }
        var owners = await GetOwnersAsync();
        using (dataFilter.Disable<IMultiTenant>())
        {
            var found = await (await documents.GetQueryableAsync()).AsNoTracking().Where(d => ids.Contains(d.Id))
                .Select(d => new { d.Id, d.TenantId, d.Number, d.Title, d.Summary, d.Issuer }).ToListAsync();
            return found.Where(d => owners.Contains(d.TenantId))
                .ToDictionary(d => d.Id, d => DocumentCaptions.Of(d.Number, d.Title, d.Summary, d.Issuer));
        }
    }

    public async Task<Guid?> FindCitableByNumberAsync(string number) => (await FindByNumberAsync(number))?.Id;

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

    /// <summary>
    /// The current tenant, then its ancestors upwards, each followed by the closed tenants it inherited
    /// (its own history: a district still cites its province's plans once the province has merged), then
    /// the host (null).
    /// </summary>
    private async Task<List<Guid?>> GetOwnersAsync()
    {
        var owners = new List<Guid?>();
        for (var tenantId = currentTenant.Id; tenantId is { } id && !owners.Contains(id);)
        {
            var tenant = await tenantStore.FindAsync(id);
            var inherited = id == currentTenant.Id ? currentTenant.InheritedIds : tenant?.InheritedTenantIds ?? [];
            owners.Add(id);
            owners.AddRange(inherited.Where(i => !owners.Contains(i)).Select(i => (Guid?)i));
            tenantId = tenant?.ParentId;
        }
        owners.Add(null);
        return owners;
    }
}
