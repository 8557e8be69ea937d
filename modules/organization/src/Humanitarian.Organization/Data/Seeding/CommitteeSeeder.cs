using Humanitarian.Framework.Data;
using Humanitarian.Framework.DependencyInjection;
using Humanitarian.Framework.EntityFrameworkCore;
using Humanitarian.Organization.Entities;
using Humanitarian.Organization.Services.Documents;
using Microsoft.EntityFrameworkCore;

namespace Humanitarian.Organization.Data.Seeding;

public sealed class CommitteeSeeder(IAbpEfCoreDbContext dbContext, IDataFilter dataFilter, CitableDocuments citableDocuments)
    : ITransientDependency
{
    public async Task SeedAsync(string folder)
    {
        var rows = await DemoSeedFiles.ReadFileAsync<CommitteeSeed>(folder, "committees.json");
        if (rows.Count == 0 || await SeedGuard.HasAnyAsync<Committee>(dbContext, dataFilter))
        {
            return;
        }
        var unitIds = await dbContext.Set<Unit>().ToDictionaryAsync(u => u.Code, u => u.Id);
        var seeded = new Dictionary<string, Guid>();
        // Parents come first in the file, so a district board finds the city board already made.
        foreach (var row in rows)
        {
            var committee = new Committee(Guid.NewGuid(), row.Name, row.Kind);
            committee.Update(row.Name, row.Kind, null, row.Note);
            committee.MoveTo(row.Parent is null ? null : seeded.Require(row.Parent, "parent committee"));
            seeded[row.Name] = committee.Id;
            if (row.EstablishedBy is { } number)
            {
                committee.SetEstablishingDocument((await citableDocuments.FindByNumberAsync(number))?.Id
                    ?? throw new InvalidOperationException($"Seed data names an unknown establishing document '{number}'."));
            }
            foreach (var seed in row.Members)
            {
                var member = committee.AddMember(seed.FullName, seed.Position, seed.TermStart, seed.TermEnd);
                member.SetHolder(seed.FullName, null, seed.Unit is null ? null : unitIds.Require(seed.Unit, "member's unit"), seed.Title);
            }
            dbContext.Set<Committee>().Add(committee);
        }
        await dbContext.SaveChangesAsync();
    }
}
