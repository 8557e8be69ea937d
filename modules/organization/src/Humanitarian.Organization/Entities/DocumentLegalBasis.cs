using Humanitarian.Framework.Domain;
using Humanitarian.Framework.MultiTenancy;

namespace Humanitarian.Organization.Entities;

/// <summary>
/// One "Căn cứ" of a document: a link to a document in the system (possibly a parent tenant's or the
/// host's) or, for one that is not in the system, its citation as text.
/// </summary>
public sealed class DocumentLegalBasis : Entity<Guid>, IInheritedByLegalHeir
{
    public Guid? TenantId { get; set; }
    public Guid DocumentId { get; private set; }

    /// <summary>Citations keep the order the document gives them.</summary>
    public int Position { get; private set; }

    public Guid? ReferencedDocumentId { get; private set; }

    /// <summary>The citation as shown: the linked document's number (kept, since it may be another tenant's), or the text given.</summary>
    public string Reference { get; private set; } = "";

    private DocumentLegalBasis() { }

    internal DocumentLegalBasis(Guid id, Guid documentId, int position, Guid? referencedDocumentId, string reference) : base(id)
    {
        DocumentId = documentId;
        Position = position;
        ReferencedDocumentId = referencedDocumentId;
        Reference = reference;
    }
}
