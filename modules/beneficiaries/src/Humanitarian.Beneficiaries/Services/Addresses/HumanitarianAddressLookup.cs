using Humanitarian.Beneficiaries.Addresses;
using Humanitarian.Beneficiaries.Entities;
using Humanitarian.Beneficiaries.Services.Public;
using Humanitarian.Framework.DependencyInjection;
using Humanitarian.Framework.Domain;
using Microsoft.EntityFrameworkCore;

namespace Humanitarian.Beneficiaries.Services.Addresses;

public sealed class HumanitarianAddressLookup(AddressScope scope, IRepository<HumanitarianAddress, Guid> addresses)
    : IHumanitarianAddressLookup, ITransientDependency
{
    public async Task<bool> IsVisibleAsync(Guid addressId) => await scope.FindAsync(addressId, tracking: false) is not null;

    public async Task<IReadOnlyDictionary<Guid, PublicAddressSummary>> GetPublicSummariesAsync(IEnumerable<Guid> addressIds)
    {
        var ids = addressIds.Distinct().ToList();
        // Projected in the query: nothing personal leaves the database for a public page.
        var rows = ids.Count == 0
            ? []
            : await (await addresses.GetQueryableAsync()).AsNoTracking().Where(a => ids.Contains(a.Id))
                .Select(a => new { a.Id, a.Commune, a.Categories }).ToListAsync();
        return rows.ToDictionary(a => a.Id, a => new PublicAddressSummary(a.Commune, PublicNeedsAppService.PublishedCategory(a.Categories)));
    }
}
