using Humanitarian.Framework.Content;
using Humanitarian.Framework.Domain;
using Humanitarian.Framework.MultiTenancy;
using Humanitarian.Organization.Documents;
using Humanitarian.Organization.Entities;
using Humanitarian.Organization.Permissions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Humanitarian.Organization.Services.Documents;

// Attachments are stored in the database with their SHA-256, so every server of a deployment has them.
public sealed partial class DocumentAppService
{
    /// <summary>Multipart upload, form field <c>file</c>: PDF, DOCX or XLSX up to <c>Organization:MaxAttachmentBytes</c>.</summary>
    [Authorize(OrganizationPermissions.Documents.Update)]
    public async Task<DocumentAttachmentDto> AddAttachmentAsync(Guid id, IRemoteStreamContent? file)
    {
        var document = await GetWithPartsAsync(id);
        inheritedRecords.CheckOwned(document);
        var upload = await uploads.ReadAsync(file, options.Value.MaxAttachmentBytes);
        var attachment = document.AddAttachment(upload);
        await attachmentContents.InsertAsync(new DocumentAttachmentContent(attachment.Id, upload.Content));
        await documents.UpdateAsync(document, autoSave: true);
        return attachment.ToDto<DocumentAttachmentDto>();
    }

    /// <summary>Any document the tenant may read, a parent tenant's or the host's too (permission: reading documents).</summary>
    [HttpGet("api/app/document/{id}/attachment/{attachmentId}")]
    public async Task<IRemoteStreamContent> GetAttachmentAsync(Guid id, [FromRoute] Guid attachmentId)
    {
        var attachment = (await GetReadableAsync(id)).GetAttachment(attachmentId);
        DocumentAttachmentContent content;
        // The bytes carry the document owner's tenant, which need not be the current one.
        using (dataFilter.Disable<IMultiTenant>())
        {
            content = await attachmentContents.GetAsync(attachment.Id);
        }
        return attachment.Download(content);
    }

    /// <summary>The bytes go with the attachment row (cascading key).</summary>
    [HttpDelete("api/app/document/{id}/attachment/{attachmentId}")]
    [Authorize(OrganizationPermissions.Documents.Update)]
    public async Task DeleteAttachmentAsync(Guid id, [FromRoute] Guid attachmentId)
    {
        var document = await GetWithPartsAsync(id);
        inheritedRecords.CheckOwned(document);
        document.RemoveAttachment(document.GetAttachment(attachmentId));
        await documents.UpdateAsync(document);
    }
}
