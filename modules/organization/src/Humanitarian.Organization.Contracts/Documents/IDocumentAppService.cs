using Humanitarian.Framework.Application;
using Humanitarian.Framework.Content;

namespace Humanitarian.Organization.Documents;

/// <summary>Official documents (văn bản) with their recipients, legal basis and attachments.</summary>
public interface IDocumentAppService : IApplicationService
{
    Task<PagedResultDto<DocumentDto>> GetListAsync(DocumentListInput input);
    Task<DocumentDto> GetAsync(Guid id);
    Task<DocumentDto> CreateAsync(CreateDocumentDto input);
    Task<DocumentDto> UpdateAsync(Guid id, UpdateDocumentDto input);
    Task DeleteAsync(Guid id);

    /// <summary>Stores a PDF, DOCX or XLSX file (checked by extension and content) with its SHA-256.</summary>
    Task<DocumentAttachmentDto> AddAttachmentAsync(Guid id, IRemoteStreamContent? file);
    Task<IRemoteStreamContent> GetAttachmentAsync(Guid id, Guid attachmentId);
    Task DeleteAttachmentAsync(Guid id, Guid attachmentId);
}
