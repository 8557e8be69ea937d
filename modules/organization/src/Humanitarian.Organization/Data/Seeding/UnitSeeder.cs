using Humanitarian.Framework.Data;
using Humanitarian.Framework.DependencyInjection;
using Humanitarian.Framework.EntityFrameworkCore;
using Humanitarian.Organization.Entities;
using Microsoft.EntityFrameworkCore;

namespace Humanitarian.Organization.Data.Seeding;

public sealed class UnitSeeder(IAbpEfCoreDbContext dbContext, IDataFilter dataFilter) : ITransientDependency
{
    public async Task SeedAsync(string folder)
    {
        var rows = await DemoSeedFiles.ReadFileAsync<UnitSeed>(folder, "units.json");
        if (rows.Count == 0 || await SeedGuard.HasAnyAsync<Unit>(dbContext, dataFilter))
        {
            return;
        }
        var areaIds = await dbContext.Set<AdministrativeArea>().ToDictionaryAsync(a => a.Code, a => a.Id);
        var byCode = rows.ToDictionary(r => r.Code, r => new Unit(Guid.NewGuid(), r.Code, r.Name, r.Kind, null));
        foreach (var row in rows)
        {
            var unit = byCode[row.Code];
            unit.MoveTo(row.Parent is null ? null : byCode.Require(row.Parent, "parent unit").Id);
            unit.PlaceIn(row.Area is null ? null : areaIds.Require(row.Area, "area"));
            foreach (var seed in row.Contacts ?? [])
            {
                unit.AddContact(seed.Name, seed.Position, seed.Email, seed.Phone, seed.ReceivesReminders);
            }
        }
        dbContext.Set<Unit>().AddRange(byCode.Values);
        await dbContext.SaveChangesAsync();
    }
}
