using Humanitarian.Campaigns.Campaigns;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Humanitarian.Campaigns.Pages.Campaigns;

/// <summary>What the shared campaign form (<c>_CampaignForm</c>) reads from its page.</summary>
public interface ICampaignForm
{
    CreateCampaignDto Input { get; }
    List<SelectListItem> Kinds { get; }
    List<SelectListItem> Statuses { get; }
    List<SelectListItem> Recurrences { get; }
    List<SelectListItem> Committees { get; }
    List<SelectListItem> Documents { get; }
    List<SelectListItem> Units { get; }
    string Label(string propertyName);
}

/// <summary>The create and edit pages' select lists: enums, and Organization's committees, documents and units.</summary>
public abstract class CampaignFormPageModel(CampaignLookups lookups) : CampaignsPageModel
{
    public List<SelectListItem> Kinds { get; private set; } = [];
    public List<SelectListItem> Statuses { get; private set; } = [];
    public List<SelectListItem> Recurrences { get; private set; } = [];
    public List<SelectListItem> Committees { get; private set; } = [];
    public List<SelectListItem> Documents { get; private set; } = [];
    public List<SelectListItem> Units { get; private set; } = [];

    protected abstract CreateCampaignDto Form { get; }

    protected override Task OnInputRejectedAsync() => LoadAsync();

    protected async Task LoadAsync()
    {
        var form = Form;
        Kinds = EnumItems(KindName, form.Kind);
        Statuses = EnumItems(StatusName, form.Status);
        Recurrences = EnumItems<CampaignRecurrence>(RecurrenceName, form.Recurrence);
        Committees = CampaignLookups.CommitteeOptions(await lookups.GetAllCommitteesAsync(), form.CommitteeId);
        Documents = CampaignLookups.DocumentOptions(await lookups.GetAllDocumentsAsync(), form.LegalBasisDocumentIds);
        Units = CampaignLookups.UnitOptions(await lookups.GetAllUnitsAsync(), form.ParticipantUnitIds);
    }
}
