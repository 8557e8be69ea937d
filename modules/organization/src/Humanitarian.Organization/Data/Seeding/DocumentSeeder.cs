using Humanitarian.Framework.Data;
using Humanitarian.Framework.DependencyInjection;
using Humanitarian.Framework.EntityFrameworkCore;
using Humanitarian.Organization.Entities;
using Humanitarian.Organization.Services.Documents;
using Microsoft.EntityFrameworkCore;

namespace Humanitarian.Organization.Data.Seeding;

public sealed class DocumentSeeder(IAbpEfCoreDbContext dbContext, IDataFilter dataFilter, CitableDocuments citableDocuments)
    : ITransientDependency
{
    public async Task SeedAsync(string folder)
    {
        var rows = await DemoSeedFiles.ReadFileAsync<DocumentSeed>(folder, "documents.json");
        if (rows.Count == 0 || await SeedGuard.HasAnyAsync<Document>(dbContext, dataFilter))
        {
            return;
        }
        var unitIds = await dbContext.Set<Unit>().ToDictionaryAsync(u => u.Code, u => u.Id);
        var seeded = rows.Select(row => (Row: row, Document: ToDocument(row, unitIds))).ToList();
        foreach (var (row, document) in seeded)
        {
            var citations = new List<(Guid?, string)>();
            foreach (var number in row.LegalBasis ?? [])
            {
                var cited = seeded.Select(s => s.Document).FirstOrDefault(d => d.NormalizedNumber == Document.NormalizeNumber(number))
                            ?? await citableDocuments.FindByNumberAsync(number);
                // A citation of a document that is not in the system stays as text.
                citations.Add(cited is null ? (null, number) : (cited.Id, DocumentManager.CitationOf(cited)));
            }
            document.SetLegalBasis(citations);
        }
        dbContext.Set<Document>().AddRange(seeded.Select(s => s.Document));
        await dbContext.SaveChangesAsync();
    }

    private static Document ToDocument(DocumentSeed row, IReadOnlyDictionary<string, Guid> unitIds)
    {
        var document = new Document(Guid.NewGuid(), row.Kind, row.Number, row.IssueDate, row.Issuer, null);
        document.Update(row.Kind, row.Title, row.Summary, row.Signer, row.Note);
        document.SetRecipients((row.Recipients ?? []).Select(code => unitIds.Require(code, "recipient unit")));
        return document;
    }
}
