using Humanitarian.Framework.Data;
using Humanitarian.Framework.DependencyInjection;
using Humanitarian.Framework.EntityFrameworkCore;
using Humanitarian.Organization.Entities;

namespace Humanitarian.Organization.Data.Seeding;

public sealed class AdministrativeAreaSeeder(IAbpEfCoreDbContext dbContext, IDataFilter dataFilter) : ITransientDependency
{
    public async Task SeedAsync(string folder)
    {
        var rows = await DemoSeedFiles.ReadFileAsync<AreaSeed>(folder, "areas.json");
        if (rows.Count == 0 || await SeedGuard.HasAnyAsync<AdministrativeArea>(dbContext, dataFilter))
        {
            return;
        }
        var byCode = rows.ToDictionary(r => r.Code, r => new AdministrativeArea(Guid.NewGuid(), r.Code, r.Name, r.Level, null));
        foreach (var row in rows.Where(r => r.Parent is not null))
        {
            byCode[row.Code].MoveTo(byCode.Require(row.Parent!, "parent area").Id);
        }
        dbContext.Set<AdministrativeArea>().AddRange(byCode.Values);
        await dbContext.SaveChangesAsync();
    }
}
