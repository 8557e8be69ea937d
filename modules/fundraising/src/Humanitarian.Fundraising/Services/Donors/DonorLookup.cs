using Humanitarian.Framework.DependencyInjection;
using Humanitarian.Framework.Domain;
using Humanitarian.Fundraising.Donors;
using Humanitarian.Fundraising.Entities;
using Microsoft.EntityFrameworkCore;

namespace Humanitarian.Fundraising.Services.Donors;

public sealed class DonorLookup(IRepository<Donor, Guid> donors) : IDonorLookup, ITransientDependency
{
    public async Task<string?> FindNameAsync(Guid donorId) =>
        await (await donors.GetQueryableAsync()).Where(d => d.Id == donorId).Select(d => d.Name).FirstOrDefaultAsync();

    public async Task<IReadOnlyList<(Guid Id, string Name)>> GetAllAsync() =>
        (await (await donors.GetQueryableAsync()).AsNoTracking().OrderBy(d => d.NormalizedName).ThenBy(d => d.Id)
            .Select(d => new { d.Id, d.Name }).ToListAsync()).Select(d => (d.Id, d.Name)).ToList();
}
