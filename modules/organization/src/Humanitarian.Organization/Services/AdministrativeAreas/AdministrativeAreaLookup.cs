using Humanitarian.Framework.DependencyInjection;
using Humanitarian.Framework.Domain;
using Humanitarian.Organization.AdministrativeAreas;
using Humanitarian.Organization.Entities;
using Humanitarian.Framework.Text;
using Microsoft.EntityFrameworkCore;

namespace Humanitarian.Organization.Services.AdministrativeAreas;

public sealed class AdministrativeAreaLookup(IRepository<AdministrativeArea, Guid> areas) : IAdministrativeAreaLookup, ITransientDependency
{
    public async Task<IReadOnlyList<AdministrativeAreaSummary>> GetTopLevelAsync() =>
        await (await areas.GetQueryableAsync()).AsNoTracking().Where(a => a.ParentId == null).OrderBy(a => a.Code)
            .Select(a => new AdministrativeAreaSummary(a.Id, a.Code, a.Name, a.Level)).ToListAsync();

    private static readonly AdministrativeAreaLevel[] CommuneTier =
        [AdministrativeAreaLevel.Commune, AdministrativeAreaLevel.Ward, AdministrativeAreaLevel.Township, AdministrativeAreaLevel.SpecialZone];

    public async Task<AdministrativeAreaSummary?> FindCommuneAsync(Guid id) =>
        await Communes(await areas.GetQueryableAsync()).Where(a => a.Id == id)
            .Select(a => new AdministrativeAreaSummary(a.Id, a.Code, a.Name, a.Level)).FirstOrDefaultAsync();

    public async Task<AdministrativeAreaSummary?> FindCommuneAsync(string name)
    {
        var folded = SearchText.Normalize(name);
        if (folded.Length == 0)
        {
            return null;
        }
        var communes = Communes(await areas.GetQueryableAsync());
        var found = await communes.Where(a => a.NormalizedName == folded).Take(2)
            .Select(a => new AdministrativeAreaSummary(a.Id, a.Code, a.Name, a.Level)).ToListAsync();
        if (found.Count == 0)
        {
            // Former names are kept as one folded text; the match is checked exactly below.
            var heirs = await communes.Where(a => a.NormalizedFormerNames != null && a.NormalizedFormerNames.Contains(folded)).ToListAsync();
            found = heirs.Where(a => a.FormerNameList().Any(n => SearchText.Normalize(n) == folded)).Take(2)
                .Select(a => new AdministrativeAreaSummary(a.Id, a.Code, a.Name, a.Level)).ToList();
        }
        return found.Count == 1 ? found[0] : null;
    }

    private static IQueryable<AdministrativeArea> Communes(IQueryable<AdministrativeArea> query) =>
        query.AsNoTracking().Where(a => CommuneTier.Contains(a.Level));
}
