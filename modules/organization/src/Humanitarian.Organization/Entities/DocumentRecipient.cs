using Humanitarian.Framework.Domain;
using Humanitarian.Framework.MultiTenancy;

namespace Humanitarian.Organization.Entities;

/// <summary>A unit the document is addressed to (Kính gửi / Nơi nhận).</summary>
public sealed class DocumentRecipient : Entity<Guid>, IInheritedByLegalHeir
{
    public Guid? TenantId { get; set; }
    public Guid DocumentId { get; private set; }
    public Guid UnitId { get; private set; }

    private DocumentRecipient() { }

    internal DocumentRecipient(Guid id, Guid documentId, Guid unitId) : base(id)
    {
        DocumentId = documentId;
        UnitId = unitId;
    }
}
