using Humanitarian.Framework.DependencyInjection;
using Humanitarian.Framework.Domain;
using Humanitarian.Organization.Committees;
using Humanitarian.Organization.Entities;
using Microsoft.EntityFrameworkCore;

namespace Humanitarian.Organization.Services.Committees;

public sealed class CommitteeLookup(IRepository<Committee, Guid> committees) : ICommitteeLookup, ITransientDependency
{
    public async Task<bool> ExistsAsync(Guid committeeId) =>
        await (await committees.GetQueryableAsync()).AnyAsync(c => c.Id == committeeId);

    public async Task<IReadOnlyDictionary<Guid, string>> GetNamesAsync(IEnumerable<Guid> committeeIds)
    {
        var ids = committeeIds.Distinct().ToList();
        if (ids.Count == 0)
        {
            return new Dictionary<Guid, string>();
        }
        return await (await committees.GetQueryableAsync()).AsNoTracking().Where(c => ids.Contains(c.Id))
            .ToDictionaryAsync(c => c.Id, c => c.Name);
    }

    public async Task<Guid?> FindByNameAsync(string name) =>
        await (await committees.GetQueryableAsync()).Where(c => c.Name == name).Select(c => (Guid?)c.Id).FirstOrDefaultAsync();
}
