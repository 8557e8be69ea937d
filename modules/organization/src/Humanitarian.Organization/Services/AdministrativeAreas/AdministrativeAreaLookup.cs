using Humanitarian.Framework.DependencyInjection;
using Humanitarian.Framework.Domain;
using Humanitarian.Organization.AdministrativeAreas;
using Humanitarian.Organization.Entities;
using Microsoft.EntityFrameworkCore;

namespace Humanitarian.Organization.Services.AdministrativeAreas;

public sealed class AdministrativeAreaLookup(IRepository<AdministrativeArea, Guid> areas) : IAdministrativeAreaLookup, ITransientDependency
{
    public async Task<IReadOnlyList<AdministrativeAreaSummary>> GetTopLevelAsync() =>
        await (await areas.GetQueryableAsync()).AsNoTracking().Where(a => a.ParentId == null).OrderBy(a => a.Code)
            .Select(a => new AdministrativeAreaSummary(a.Id, a.Code, a.Name, a.Level)).ToListAsync();
}
