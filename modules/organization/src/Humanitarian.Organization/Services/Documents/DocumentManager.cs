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
    /// <summary>A number is unique per issuer and year (folded); a document without a number is always fine.</summary>
    public async Task EnsureNumberIsFreeAsync(string? number, string issuer, Guid? issuerUnitId, DateOnly? issueDate, Guid? exceptDocumentId)
    {
        if (Document.NormalizeNumber(number) is not { } normalized)
        {
            return;
        }
        var issuerKey = Document.IssuerKeyOf(issuer, issuerUnitId);
        var year = issueDate?.Year;
        if (await (await documents.GetQueryableAsync()).AnyAsync(d =>
                d.NormalizedNumber == normalized && d.IssuerKey == issuerKey && d.IssueYear == year && d.Id != exceptDocumentId))
        {
            throw new BusinessException(year is null ? OrganizationErrorCodes.DocumentNumberTakenUndated : OrganizationErrorCodes.DocumentNumberTaken)
                .WithData("number", number!.Trim()).WithData("issuer", issuer.Trim()).WithData("year", year)
                .WithMember(nameof(Document.Number));
        }
    }

    public async Task EnsureUnitsExistAsync(Guid? issuerUnitId, IReadOnlyCollection<Guid> recipientUnitIds)
    {
        if (issuerUnitId is { } id && await units.FindAsync(id) is null)
        {
            throw new AbpValidationException(l["UnitNotFound"], "issuerUnitId");
        }
        var wanted = recipientUnitIds.Distinct().ToList();
        if (wanted.Count > 0 && await (await units.GetQueryableAsync()).CountAsync(u => wanted.Contains(u.Id)) != wanted.Count)
        {
            throw new BusinessException(OrganizationErrorCodes.RecipientUnitNotFound).WithMember("RecipientUnitIds");
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
                throw new BusinessException(OrganizationErrorCodes.LegalBasisNeedsDocumentOrReference)
                    .WithMember($"LegalBasis[{i}].Reference");
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
