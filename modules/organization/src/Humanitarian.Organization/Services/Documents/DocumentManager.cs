using Humanitarian.Framework.DependencyInjection;
using Humanitarian.Framework.Domain;
using Humanitarian.Organization.Documents;
using Humanitarian.Organization.Entities;
using Humanitarian.Organization.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Humanitarian.Organization.Services.Documents;

/// <summary>The rules of documents: number unique per issuer and year, recipients and citations that exist.</summary>
public sealed class DocumentManager(
    IRepository<Document, Guid> documents,
    IRepository<Unit, Guid> units,
    CitableDocuments citableDocuments,
    IStringLocalizer<OrganizationResource> l) : ITransientDependency
{
    public async Task EnsureNumberIsFreeAsync(CreateDocumentDto input, Guid? exceptDocumentId)
    {
        if (Document.NormalizeNumber(input.Number) is not { } number)
        {
            return;
        }
        var issuerKey = Document.IssuerKeyOf(input.Issuer, input.IssuerUnitId);
        var year = input.IssueDate?.Year;
        if (await (await documents.GetQueryableAsync()).AnyAsync(d =>
                d.NormalizedNumber == number && d.IssuerKey == issuerKey && d.IssueYear == year && d.Id != exceptDocumentId))
        {
            throw new AbpValidationException(year is null
                ? l["DocumentNumberTakenUndated", input.Number!.Trim(), input.Issuer.Trim()]
                : l["DocumentNumberTaken", input.Number!.Trim(), input.Issuer.Trim(), year], "number");
        }
    }

    public async Task EnsureUnitsExistAsync(CreateDocumentDto input)
    {
        if (input.IssuerUnitId is { } issuerUnitId && await units.FindAsync(issuerUnitId) is null)
        {
            throw new AbpValidationException(l["UnitNotFound"], "issuerUnitId");
        }
        var wanted = input.RecipientUnitIds.Distinct().ToList();
        if (wanted.Count > 0 && await (await units.GetQueryableAsync()).CountAsync(u => wanted.Contains(u.Id)) != wanted.Count)
        {
            throw new AbpValidationException(l["RecipientUnitNotFound"], "recipientUnitIds");
        }
    }

    /// <summary>
    /// Each citation links a citable document (its number is kept as the reference text) or carries
    /// the citation as text. A document cannot cite itself.
    /// </summary>
    public async Task<List<(Guid? DocumentId, string Reference)>> ResolveLegalBasisAsync(
        IReadOnlyList<DocumentLegalBasisInput> legalBasis, Guid? documentId)
    {
        var citations = new List<(Guid?, string)>();
        for (var i = 0; i < legalBasis.Count; i++)
        {
            var item = legalBasis[i];
            if (item.DocumentId is { } citedId)
            {
                var cited = citedId == documentId ? null : await citableDocuments.FindAsync(citedId);
                if (cited is null)
                {
                    throw new AbpValidationException(l["DocumentNotFound"], $"legalBasis[{i}].documentId");
                }
                citations.Add((cited.Id, CitationOf(cited)));
            }
            else if (TextInput.OrNull(item.Reference) is { } reference)
            {
                citations.Add((null, reference));
            }
            else
            {
                throw new AbpValidationException(l["LegalBasisNeedsDocumentOrReference"], $"legalBasis[{i}].reference");
            }
        }
        return citations;
    }

    /// <summary>How a linked document is cited: its number, else its title, else its issuer.</summary>
    public static string CitationOf(Document cited)
    {
        var text = cited.Number ?? cited.Title ?? cited.Issuer;
        return text.Length <= DocumentConsts.MaxReferenceLength ? text : text[..DocumentConsts.MaxReferenceLength];
    }
}
