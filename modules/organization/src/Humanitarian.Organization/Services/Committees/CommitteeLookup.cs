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

    public async Task<Guid?> FindByNameAsync(string name) =>
        await (await committees.GetQueryableAsync()).Where(c => c.Name == name).Select(c => (Guid?)c.Id).FirstOrDefaultAsync();
}
