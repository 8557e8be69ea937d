using Humanitarian.Framework.Application;
using Humanitarian.Framework.Content;
using Humanitarian.Framework.Data;
using Humanitarian.Framework.Domain;
using Humanitarian.Framework.EntityFrameworkCore;
using Humanitarian.Framework.MultiTenancy;
using Humanitarian.Framework.Text;
using Humanitarian.Organization.Documents;
using Humanitarian.Organization.Entities;
using Humanitarian.Organization.Localization;
using Humanitarian.Organization.Permissions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Humanitarian.Organization.Services.Documents;

/// <summary>Documents at <c>/api/app/document</c>; attachments in the partial next to this file.</summary>
[Authorize(OrganizationPermissions.Documents.Default)]
public sealed partial class DocumentAppService(
    IRepository<Document, Guid> documents,
    IRepository<DocumentAttachmentContent, Guid> attachmentContents,
    IAbpEfCoreDbContext dbContext,
    DocumentManager manager,
    CitableDocuments citableDocuments,
    InheritedRecords inheritedRecords,
    IDataFilter dataFilter,
    IOptions<OrganizationOptions> options,
    AttachmentUploads uploads,
    IStringLocalizer<OrganizationResource> l) : ApplicationService, IDocumentAppService
{
    private static readonly Dictionary<string, string> Sortable = new()
    {
        ["issueDate"] = nameof(Document.IssueDate), ["number"] = nameof(Document.Number), ["kind"] = nameof(Document.Kind),
        ["issuer"] = nameof(Document.Issuer), ["creationTime"] = nameof(Document.CreationTime),
    };

    /// <summary><c>filter</c> matches the number or the title and summary, case and marks folded.</summary>
    public async Task<PagedResultDto<DocumentDto>> GetListAsync(DocumentListInput input)
    {
        if (input.FromDate > input.ToDate)
        {
            throw new AbpValidationException(l["ToDateBeforeFromDate"], "toDate");
        }
        var query = (await documents.GetQueryableAsync()).AsNoTracking();
        var filter = SearchText.Normalize(input.Filter);
        if (filter.Length > 0)
        {
            var number = Document.NormalizeNumber(filter)!;
            query = query.Where(d => d.NormalizedNumber!.Contains(number) || d.NormalizedText.Contains(filter));
        }
        if (input.Kind is { } kind)
        {
            query = query.Where(d => d.Kind == kind);
        }
        if (input.FromDate is { } from)
        {
            query = query.Where(d => d.IssueDate >= from);
        }
        if (input.ToDate is { } to)
        {
            query = query.Where(d => d.IssueDate <= to);
        }
        var total = await query.LongCountAsync();
        var page = await query.ApplySorting(input.Sorting, "issueDate desc, number", Sortable).PageBy(input)
            .Include(d => d.Recipients).Include(d => d.LegalBasis).Include(d => d.Attachments)
            .AsSplitQuery().ToListAsync();
        var formerTenants = await inheritedRecords.GetFormerNamesAsync(page);
        return new PagedResultDto<DocumentDto>(total, page.Select(d => d.ToDto(formerTenants)).ToList());
    }

    /// <summary>
    /// Also a document the tenant may cite but not change (a parent tenant's, the host's): a legal-basis
    /// link opens it. A sibling's or a child tenant's document does not exist here.
    /// </summary>
    public async Task<DocumentDto> GetAsync(Guid id)
    {
        var document = await GetReadableAsync(id);
        return document.ToDto(await inheritedRecords.GetFormerNamesAsync([document]));
    }

    [Authorize(OrganizationPermissions.Documents.Create)]
    public async Task<DocumentDto> CreateAsync(CreateDocumentDto input)
    {
        var id = Guid.NewGuid();
        await manager.EnsureNumberIsFreeAsync(input.Number, input.Issuer, input.IssuerUnitId, input.IssueDate, null);
        await manager.EnsureUnitsExistAsync(input.IssuerUnitId, input.RecipientUnitIds);
        var legalBasis = await manager.ResolveLegalBasisAsync(input.LegalBasis, id);
        var document = new Document(id, input.Kind!.Value, input.Number, input.IssueDate, input.Issuer, input.IssuerUnitId);
        Apply(document, input, legalBasis);
        await documents.InsertAsync(document, autoSave: true);
        return document.ToDto(FormerTenantNames.None);
    }

    [Authorize(OrganizationPermissions.Documents.Update)]
    public async Task<DocumentDto> UpdateAsync(Guid id, UpdateDocumentDto input)
    {
        var document = await GetWithPartsAsync(id);
        inheritedRecords.CheckOwned(document);
        await manager.EnsureNumberIsFreeAsync(input.Number, input.Issuer, input.IssuerUnitId, input.IssueDate, id);
        await manager.EnsureUnitsExistAsync(input.IssuerUnitId, input.RecipientUnitIds);
        var legalBasis = await manager.ResolveLegalBasisAsync(input.LegalBasis, id);
        if (input.ConcurrencyStamp is not null)
        {
            document.ConcurrencyStamp = input.ConcurrencyStamp;
        }
        document.SetIdentity(input.Number, input.IssueDate, input.Issuer, input.IssuerUnitId);
        Apply(document, input, legalBasis);
        // Recipients and legal basis are rows of their own: the document itself counts as changed, so
        // its stamp is checked and renewed even when only they change.
        dbContext.Entry(document).State = EntityState.Modified;
        await documents.UpdateAsync(document, autoSave: true);
        return document.ToDto(FormerTenantNames.None);
    }

    /// <summary>Citations of it elsewhere keep its number as text; its attachments stay with the deleted record.</summary>
    [Authorize(OrganizationPermissions.Documents.Delete)]
    public async Task DeleteAsync(Guid id)
    {
        var document = await documents.GetAsync(id);
        inheritedRecords.CheckOwned(document);
        document.ReleaseNumber();
        await documents.DeleteAsync(document);
    }

    private static void Apply(Document document, CreateDocumentDto input, List<(Guid? DocumentId, string Reference)> legalBasis)
    {
        document.Update(input.Kind!.Value, input.Title, input.Summary, input.Signer, input.Note);
        document.SetRecipients(input.RecipientUnitIds);
        document.SetLegalBasis(legalBasis);
    }

    /// <summary>A document the tenant may read, with its parts (not the attachments' bytes), untracked.</summary>
    private async Task<Document> GetReadableAsync(Guid id) =>
        await citableDocuments.FindWithPartsAsync(id) ?? throw new EntityNotFoundException(typeof(Document), id);

    /// <summary>The tenant's own or inherited document with recipients, legal basis and attachments (not their bytes), tracked.</summary>
    private async Task<Document> GetWithPartsAsync(Guid id) =>
        await (await documents.GetQueryableAsync())
            .Include(d => d.Recipients).Include(d => d.LegalBasis).Include(d => d.Attachments)
            .AsSplitQuery().FirstOrDefaultAsync(d => d.Id == id)
        ?? throw new EntityNotFoundException(typeof(Document), id);
}
