using Humanitarian.Framework.AspNetCore.Mvc.UI.Attachments;
using Humanitarian.Framework.MultiTenancy;
using Humanitarian.Organization.Documents;
using Humanitarian.Organization.Permissions;
using Humanitarian.Organization.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Humanitarian.Organization.Pages.Organization.Documents;

/// <summary>
/// A document with its recipients, legal basis and attachments (upload, download, delete). A document
/// the tenant does not own — a closed predecessor's, a parent tenant's, the host's — is shown read-only.
/// </summary>
[Authorize(OrganizationPermissions.Documents.Default)]
public sealed class DetailsModel(
    IDocumentAppService documentAppService, OrganizationLookups lookups, IOptions<OrganizationOptions> options,
    ICurrentTenant currentTenant)
    : OrganizationPageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public AttachmentUploadInput Input { get; set; } = new();

    public DocumentDto Document { get; private set; } = null!;
    public string? IssuerUnitName { get; private set; }
    public IReadOnlyList<string> RecipientNames { get; private set; } = [];

    /// <summary>This tenant's documents (its own and inherited) by id: another level's cited one is marked so.</summary>
    public IReadOnlySet<Guid> LocalDocumentIds { get; private set; } = new HashSet<Guid>();

    /// <summary>The tenant's own document: the only kind it may change.</summary>
    public bool IsOwn => Document.TenantId == currentTenant.Id;

    public bool CanUpdate { get; private set; }
    public bool CanDelete { get; private set; }

    public AttachmentsCardModel AttachmentsCard => new()
    {
        RecordId = Document.Id, Items = Document.Attachments, CanChange = CanUpdate, MaxBytes = options.Value.MaxAttachmentBytes,
    };

    protected override string FieldLabelKey(string propertyName) => "Attachment:" + propertyName;

    public Task OnGetAsync() => LoadAsync();

    /// <summary>The attachment as a file download (permission: reading documents).</summary>
    public async Task<IActionResult> OnGetDownloadAsync(Guid attachmentId)
    {
        var attachment = await documentAppService.GetAttachmentAsync(Id, attachmentId);
        return File(attachment.GetStream(), attachment.ContentType, attachment.FileName);
    }

    public async Task<IActionResult> OnPostUploadAsync()
    {
        var attachment = await documentAppService.AddAttachmentAsync(Id, Input.File);
        SetNotice("Attachments:Added", attachment.FileName);
        return RedirectToPage(new { id = Id });
    }

    public async Task<IActionResult> OnPostDeleteAttachmentAsync(Guid attachmentId)
    {
        ModelState.Clear(); // the upload form is not part of this post
        var document = await documentAppService.GetAsync(Id);
        var fileName = document.Attachments.FirstOrDefault(a => a.Id == attachmentId)?.FileName ?? "";
        await documentAppService.DeleteAttachmentAsync(Id, attachmentId);
        SetNotice("Attachments:Deleted", fileName);
        return RedirectToPage(new { id = Id });
    }

    public async Task<IActionResult> OnPostDeleteAsync()
    {
        ModelState.Clear();
        var document = await documentAppService.GetAsync(Id);
        await documentAppService.DeleteAsync(Id);
        SetNotice("Documents:Deleted", DocumentCaptions.Of(document));
        return RedirectToPage("Index");
    }

    protected override Task OnInputRejectedAsync() => LoadAsync();

    private async Task LoadAsync()
    {
        Document = await documentAppService.GetAsync(Id);
        var units = (await lookups.GetAllUnitsAsync()).ToDictionary(u => u.Id, u => u.Name);
        IssuerUnitName = Document.IssuerUnitId is { } issuerUnitId && units.TryGetValue(issuerUnitId, out var issuerName) ? issuerName : null;
        RecipientNames = Document.RecipientUnitIds
            .Select(id => units.TryGetValue(id, out var name) ? name : null).OfType<string>()
            .Order(StringComparer.CurrentCulture).ToList();
        LocalDocumentIds = (await lookups.GetAllDocumentsAsync()).Select(d => d.Id).ToHashSet();
        CanUpdate = IsOwn && await IsGrantedAsync(OrganizationPermissions.Documents.Update);
        CanDelete = IsOwn && await IsGrantedAsync(OrganizationPermissions.Documents.Delete);
    }
}
