using Humanitarian.Beneficiaries.Entities;
using Humanitarian.Framework.DependencyInjection;
using Humanitarian.Framework.Domain;
using Humanitarian.Organization.Units;
using Microsoft.EntityFrameworkCore;

namespace Humanitarian.Beneficiaries.Services.Addresses;

/// <summary>
/// The addresses the current user may see: a unit officer those its units surveyed, everyone else the
/// tenant's. Sponsorships and deliveries are seen through their addresses.
/// </summary>
public sealed class AddressScope(IRepository<HumanitarianAddress, Guid> addresses, IUnitScope unitScope) : ITransientDependency
{
    public async Task<bool> IsRestrictedAsync() => await unitScope.GetVisibleUnitIdsAsync() is not null;

    /// <summary>An address no unit surveyed is the tenant's, seen by the unrestricted only.</summary>
    public async Task<IQueryable<HumanitarianAddress>> QueryAsync(bool tracking = false)
    {
        var query = tracking ? await addresses.GetQueryableAsync() : (await addresses.GetQueryableAsync()).AsNoTracking();
        return await unitScope.GetVisibleUnitIdsAsync() is { } visible
            ? query.Where(a => a.SurveyingUnitId != null && visible.Contains(a.SurveyingUnitId.Value))
            : query;
    }

    public async Task<HumanitarianAddress?> FindAsync(Guid id, bool tracking) =>
        await (await QueryAsync(tracking)).FirstOrDefaultAsync(a => a.Id == id);

    public async Task<HumanitarianAddress> GetAsync(Guid id, bool tracking) =>
        await FindAsync(id, tracking) ?? throw new EntityNotFoundException(typeof(HumanitarianAddress), id);

    /// <summary>Names of the tenant's addresses (not scoped: the caller shows records it may already see).</summary>
    public async Task<Dictionary<Guid, string>> GetNamesAsync(IEnumerable<Guid> ids)
    {
        var list = ids.Distinct().ToList();
        return list.Count == 0
            ? []
            : await (await addresses.GetQueryableAsync()).AsNoTracking().Where(a => list.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.Name);
    }
}
