using Humanitarian.Framework.Content;
using Humanitarian.Framework.Domain;
using Humanitarian.Framework.MultiTenancy;
using Humanitarian.Framework.Text;
using Humanitarian.Organization.Documents;

namespace Humanitarian.Organization.Entities;

/// <summary>
/// An official document (văn bản): a decision, plan, letter... with its recipients, legal basis and
/// attachments. Host documents (TenantId null) are the national ones that tenants cite.
/// </summary>
public sealed class Document : FullAuditedAggregateRoot<Guid>, IInheritedByLegalHeir
{
    private readonly List<DocumentRecipient> _recipients = [];
    private readonly List<DocumentLegalBasis> _legalBasis = [];
    private readonly List<DocumentAttachment> _attachments = [];

    public Guid? TenantId { get; set; }
    public DocumentKind Kind { get; private set; }
    public string? Number { get; private set; }

    /// <summary>
    /// The number folded (case, marks, spaces) for search and uniqueness; cleared when the document is
    /// deleted, so the number may be entered again.
    /// </summary>
    public string? NormalizedNumber { get; private set; }

    public DateOnly? IssueDate { get; private set; }

    /// <summary>The year of <see cref="IssueDate"/>: numbers restart every year, so uniqueness is per year.</summary>
    public int? IssueYear { get; private set; }

    public string Issuer { get; private set; } = "";
    public Guid? IssuerUnitId { get; private set; }

    /// <summary>Who issued it, for uniqueness: the issuing unit when known, else the folded issuer name.</summary>
    public string IssuerKey { get; private set; } = "";

    public string? Signer { get; private set; }
    public string? Title { get; private set; }
    public string? Summary { get; private set; }
    public string? Note { get; private set; }

    /// <summary>Title and summary folded for search.</summary>
    public string NormalizedText { get; private set; } = "";

    public IReadOnlyList<DocumentRecipient> Recipients => _recipients;
    public IReadOnlyList<DocumentLegalBasis> LegalBasis => _legalBasis;
    public IReadOnlyList<DocumentAttachment> Attachments => _attachments;

    private Document() { }

    public Document(Guid id, DocumentKind kind, string? number, DateOnly? issueDate, string issuer, Guid? issuerUnitId)
        : base(id)
    {
        Kind = kind;
        SetIdentity(number, issueDate, issuer, issuerUnitId);
    }

    /// <summary>What identifies the document: number, date and issuer (they are unique together).</summary>
    public void SetIdentity(string? number, DateOnly? issueDate, string issuer, Guid? issuerUnitId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(issuer);
        Number = string.IsNullOrWhiteSpace(number) ? null : number.Trim();
        NormalizedNumber = NormalizeNumber(Number);
        IssueDate = issueDate;
        IssueYear = issueDate?.Year;
        Issuer = issuer.Trim();
        IssuerUnitId = issuerUnitId;
        IssuerKey = IssuerKeyOf(Issuer, issuerUnitId);
    }

    /// <summary>What the document is and says; optional texts left blank are stored as null.</summary>
    public void Update(DocumentKind kind, string? title, string? summary, string? signer, string? note)
    {
        Kind = kind;
        Title = TextInput.OrNull(title);
        Summary = TextInput.OrNull(summary);
        NormalizedText = SearchText.Normalize($"{Title} {Summary}");
        Signer = TextInput.OrNull(signer);
        Note = TextInput.OrNull(note);
    }

    public void ReleaseNumber() => NormalizedNumber = null;

    /// <summary>Makes the recipients exactly <paramref name="unitIds"/>, keeping the rows of those that stay.</summary>
    public void SetRecipients(IEnumerable<Guid> unitIds)
    {
        var wanted = unitIds.Distinct().ToList();
        _recipients.RemoveAll(r => !wanted.Contains(r.UnitId));
        foreach (var unitId in wanted.Where(id => _recipients.All(r => r.UnitId != id)))
        {
            _recipients.Add(new DocumentRecipient(Guid.NewGuid(), Id, unitId));
        }
    }

    /// <summary>Replaces the legal basis with <paramref name="citations"/>, in their order.</summary>
    public void SetLegalBasis(IEnumerable<(Guid? DocumentId, string Reference)> citations)
    {
        _legalBasis.Clear();
        foreach (var (documentId, reference) in citations)
        {
            _legalBasis.Add(new DocumentLegalBasis(Guid.NewGuid(), Id, _legalBasis.Count, documentId, reference));
        }
    }

    public DocumentAttachment AddAttachment(CheckedAttachment upload)
    {
        var attachment = new DocumentAttachment(Guid.NewGuid(), Id, upload);
        _attachments.Add(attachment);
        return attachment;
    }

    public DocumentAttachment GetAttachment(Guid attachmentId) =>
        _attachments.FirstOrDefault(a => a.Id == attachmentId)
        ?? throw new EntityNotFoundException(typeof(DocumentAttachment), attachmentId);

    public void RemoveAttachment(DocumentAttachment attachment) => _attachments.Remove(attachment);

    /// <summary>"30/KH - BCĐ" and "30/kh-bcđ" are the same number.</summary>
    public static string? NormalizeNumber(string? number) =>
        string.IsNullOrWhiteSpace(number) ? null : SearchText.Normalize(number).Replace(" ", "", StringComparison.Ordinal);

    public static string IssuerKeyOf(string issuer, Guid? issuerUnitId) =>
        issuerUnitId is { } unitId ? "unit:" + unitId.ToString("N") : "name:" + SearchText.Normalize(issuer);
}
