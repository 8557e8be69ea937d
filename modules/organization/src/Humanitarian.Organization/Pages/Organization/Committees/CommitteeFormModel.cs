using Humanitarian.Organization.Committees;
using Humanitarian.Organization.Documents;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Humanitarian.Organization.Pages.Organization.Committees;

/// <summary>What the committee form (<c>_CommitteeForm</c>) shows.</summary>
public interface ICommitteeForm
{
    CreateCommitteeDto Input { get; }
    List<SelectListItem> Kinds { get; }
    List<SelectListItem> Parents { get; }
    List<SelectListItem> Documents { get; }
    string Label(string propertyName);
}

public abstract class CommitteeFormPageModel(OrganizationLookups lookups) : OrganizationPageModel
{
    public List<SelectListItem> Kinds { get; private set; } = [];
    public List<SelectListItem> Parents { get; private set; } = [];
    public List<SelectListItem> Documents { get; private set; } = [];

    protected override string FieldLabelKey(string propertyName) => "Committee:" + propertyName;

    protected override Task OnInputRejectedAsync() => LoadAsync();

    protected abstract CreateCommitteeDto Form { get; }

    protected virtual Guid? EditedCommitteeId => null;

    protected async Task LoadAsync()
    {
        Kinds = EnumItems<CommitteeKind>(KindName, Form.Kind);
        // A closed predecessor's board takes no new boards below it.
        Parents = (await lookups.GetAllCommitteesAsync())
            .Where(c => c.Id != EditedCommitteeId && c.FormerTenantName is null)
            .Select(c => new SelectListItem(c.Name, c.Id.ToString(), c.Id == Form.ParentId))
            .ToList();
        var documents = await lookups.GetAllDocumentsAsync();
        Documents = documents
            .Select(d => new SelectListItem(DocumentCaptions.Of(d), d.Id.ToString(), d.Id == Form.EstablishingDocumentId))
            .ToList();
        // A decision of a parent tenant or of the host is not in this tenant's list: keep it chosen.
        if (Form.EstablishingDocumentId is { } documentId && documents.All(d => d.Id != documentId))
        {
            Documents.Insert(0, new SelectListItem(L["Committee:OtherLevelDocument"], documentId.ToString(), true));
        }
    }
}
