using Humanitarian.Organization.Documents;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Humanitarian.Organization.Pages.Organization.Documents;

/// <summary>A box of the form's check lists: its caption, value, depth in the unit tree and whether it is ticked.</summary>
public sealed record CheckOption(string Text, Guid Value, int Depth, bool Checked);

/// <summary>What the document form (<c>_DocumentForm</c>) shows.</summary>
public interface IDocumentForm
{
    CreateDocumentDto Input { get; }
    List<SelectListItem> Kinds { get; }
    List<SelectListItem> IssuerUnits { get; }
    List<CheckOption> Recipients { get; }
    List<CheckOption> CitableDocuments { get; }
    string? References { get; }
    string Label(string propertyName);
}

/// <summary>
/// The create and edit pages of a document. The legal basis is entered as linked documents (ticked)
/// and citations as text, one per line; the page turns both into the service's list.
/// </summary>
public abstract class DocumentFormPageModel(OrganizationLookups lookups) : OrganizationPageModel
{
    /// <summary>Cited documents of the system (this tenant's, or an upper level's already cited).</summary>
    [BindProperty]
    public List<Guid> CitedDocumentIds { get; set; } = [];

    /// <summary>Citations of documents that are not in the system, one per line.</summary>
    [BindProperty]
    public string? References { get; set; }

    public List<SelectListItem> Kinds { get; private set; } = [];
    public List<SelectListItem> IssuerUnits { get; private set; } = [];
    public List<CheckOption> Recipients { get; private set; } = [];
    public List<CheckOption> CitableDocuments { get; private set; } = [];

    protected override string FieldLabelKey(string propertyName) => "Document:" + propertyName;

    protected override Task OnInputRejectedAsync() => LoadAsync();

    protected abstract CreateDocumentDto Form { get; }

    protected virtual Guid? EditedDocumentId => null;

    /// <summary>Citations already made that point outside this tenant: kept, shown by their reference.</summary>
    protected virtual IReadOnlyList<DocumentLegalBasisDto> ExistingLegalBasis => [];

    /// <summary>The legal basis as the service takes it: linked documents first, then the citations as text.</summary>
    protected void ApplyLegalBasis()
    {
        Form.LegalBasis = CitedDocumentIds.Distinct()
            .Select(id => new DocumentLegalBasisInput { DocumentId = id })
            .Concat((References ?? "").Split('\n')
                .Select(line => line.Trim())
                .Where(line => line.Length > 0)
                .Select(line => new DocumentLegalBasisInput { Reference = line }))
            .ToList();
    }

    protected async Task LoadAsync()
    {
        Kinds = EnumItems<DocumentKind>(KindName, Form.Kind);
        var units = await lookups.GetAllUnitsAsync();
        IssuerUnits = OrganizationLookups.UnitOptions(units, Form.IssuerUnitId);
        var recipients = Form.RecipientUnitIds.ToHashSet();
        Recipients = OrganizationLookups.Tree(units)
            .Select(row => new CheckOption(row.Unit.Name, row.Unit.Id, row.Depth, recipients.Contains(row.Unit.Id)))
            .ToList();
        var cited = CitedDocumentIds.ToHashSet();
        var documents = (await lookups.GetAllDocumentsAsync()).Where(d => d.Id != EditedDocumentId).ToList();
        CitableDocuments = ExistingLegalBasis
            .Where(b => b.DocumentId is { } id && documents.All(d => d.Id != id))
            .Select(b => new CheckOption(b.Reference + " " + L["Document:OtherLevel"], b.DocumentId!.Value, 0, cited.Contains(b.DocumentId.Value)))
            .Concat(documents.Select(d => new CheckOption(DocumentCaptions.Of(d), d.Id, 0, cited.Contains(d.Id))))
            .ToList();
    }
}
