using Humanitarian.Framework.DependencyInjection;
using Humanitarian.Framework.Domain;
using Humanitarian.Organization.Entities;
using Humanitarian.Organization.Units;
using Microsoft.EntityFrameworkCore;

namespace Humanitarian.Organization.Services.Units;

public sealed class UnitLookup(IRepository<Unit, Guid> units) : IUnitLookup, ITransientDependency
{
    public async Task<bool> ExistsAsync(Guid unitId) =>
        await (await units.GetQueryableAsync()).AnyAsync(u => u.Id == unitId);
}
