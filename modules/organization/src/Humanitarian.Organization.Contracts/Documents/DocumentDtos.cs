using System.ComponentModel.DataAnnotations;
using Humanitarian.Framework.Application;
using Humanitarian.Framework.Domain;

namespace Humanitarian.Organization.Documents;

public sealed class DocumentDto : AuditedEntityDto<Guid>, IHasConcurrencyStamp
{
    public DocumentKind Kind { get; set; }

    /// <summary>Number and symbol, e.g. <c>30/KH-BCĐMTCMCN</c>.</summary>
    public string? Number { get; set; }

    public DateOnly? IssueDate { get; set; }
    public string Issuer { get; set; } = "";
    public Guid? IssuerUnitId { get; set; }
    public string? Signer { get; set; }
    public string? Title { get; set; }
    public string? Summary { get; set; }
    public string? Note { get; set; }
    public IReadOnlyList<Guid> RecipientUnitIds { get; set; } = [];
    public IReadOnlyList<DocumentLegalBasisDto> LegalBasis { get; set; } = [];
    public IReadOnlyList<DocumentAttachmentDto> Attachments { get; set; } = [];
    public string ConcurrencyStamp { get; set; } = "";

    /// <summary>The owner: this tenant, a closed predecessor it inherited from, a parent tenant or the host (null).</summary>
    public Guid? TenantId { get; set; }

    /// <summary>
    /// For a closed predecessor's record (read-only), its former name, e.g. "Ninh Thuận (cũ)"; null otherwise.
    /// </summary>
    public string? FormerTenantName { get; set; }
}

/// <summary>One "Căn cứ": a document in the system (<see cref="DocumentId"/>) or a citation as text.</summary>
public sealed class DocumentLegalBasisDto
{
    public Guid? DocumentId { get; set; }

    /// <summary>The citation: the linked document's number, or the text given (e.g. "Quyết định 588/QĐ-TTg").</summary>
    public string Reference { get; set; } = "";
}

public sealed class DocumentLegalBasisInput
{
    /// <summary>A document of this tenant, of a closed predecessor it inherited, of a parent tenant or of the host.</summary>
    public Guid? DocumentId { get; set; }

    /// <summary>A citation of a document that is not in the system; ignored when <see cref="DocumentId"/> is given.</summary>
    [StringLength(DocumentConsts.MaxReferenceLength)]
    public string? Reference { get; set; }
}

public class CreateDocumentDto
{
    [Required, EnumDataType(typeof(DocumentKind))]
    public DocumentKind? Kind { get; set; }

    /// <summary>Unique per issuer and year of <see cref="IssueDate"/> (case, marks and spaces folded).</summary>
    [StringLength(DocumentConsts.MaxNumberLength)]
    public string? Number { get; set; }

    public DateOnly? IssueDate { get; set; }

    /// <summary>The issuing body's name.</summary>
    [Required, StringLength(DocumentConsts.MaxIssuerLength)]
    public string Issuer { get; set; } = "";

    /// <summary>The issuing body when it is one of the tenant's units.</summary>
    public Guid? IssuerUnitId { get; set; }

    [StringLength(DocumentConsts.MaxSignerLength)]
    public string? Signer { get; set; }

    [StringLength(DocumentConsts.MaxTitleLength)]
    public string? Title { get; set; }

    [StringLength(DocumentConsts.MaxSummaryLength)]
    public string? Summary { get; set; }

    [StringLength(DocumentConsts.MaxNoteLength)]
    public string? Note { get; set; }

    /// <summary>Kính gửi / Nơi nhận: units of the tenant.</summary>
    [MaxLength(DocumentConsts.MaxRecipients)]
    public List<Guid> RecipientUnitIds { get; set; } = [];

    [MaxLength(DocumentConsts.MaxLegalBases)]
    public List<DocumentLegalBasisInput> LegalBasis { get; set; } = [];
}

public sealed class UpdateDocumentDto : CreateDocumentDto
{
    [StringLength(40)]
    public string? ConcurrencyStamp { get; set; }
}

public sealed class DocumentListInput : PagedAndSortedFilterRequestDto
{
    [EnumDataType(typeof(DocumentKind))]
    public DocumentKind? Kind { get; set; }

    /// <summary>Issued on or after this day.</summary>
    public DateOnly? FromDate { get; set; }

    /// <summary>Issued on or before this day.</summary>
    public DateOnly? ToDate { get; set; }
}
