using Humanitarian.Framework.DependencyInjection;
using Humanitarian.Framework.Domain;
using Humanitarian.Organization.Entities;
using Microsoft.EntityFrameworkCore;

namespace Humanitarian.Organization.Services.Units;

/// <summary>The tenant's unit tree.</summary>
public sealed class UnitTree(IRepository<Unit, Guid> units) : ITransientDependency
{
    /// <summary>The unit and all units below it.</summary>
    public async Task<HashSet<Guid>> GetSubtreeAsync(Guid unitId)
    {
        var query = (await units.GetQueryableAsync()).AsNoTracking();
        return await Hierarchy.GetSubtreeAsync(unitId, parents => query
            .Where(u => u.ParentId != null && parents.Contains(u.ParentId.Value))
            .Select(u => u.Id).ToListAsync());
    }
}
