using Humanitarian.Organization.AdministrativeAreas;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Humanitarian.Organization.Pages.Organization.Areas;

/// <summary>What the area form (<c>_AreaForm</c>) shows.</summary>
public interface IAreaForm
{
    CreateAdministrativeAreaDto Input { get; }
    List<SelectListItem> Levels { get; }
    List<SelectListItem> Parents { get; }
    string Label(string propertyName);
}

public abstract class AreaFormPageModel(OrganizationLookups lookups) : OrganizationPageModel
{
    public List<SelectListItem> Levels { get; private set; } = [];
    public List<SelectListItem> Parents { get; private set; } = [];

    protected override string FieldLabelKey(string propertyName) => "Area:" + propertyName;

    protected override Task OnInputRejectedAsync() => LoadAsync();

    protected abstract CreateAdministrativeAreaDto Form { get; }

    protected virtual Guid? EditedAreaId => null;

    protected async Task LoadAsync()
    {
        Levels = EnumItems<AdministrativeAreaLevel>(LevelName, Form.Level);
        Parents = OrganizationLookups.AreaOptions(await lookups.GetAllAreasAsync(), LevelName, Form.ParentId, EditedAreaId);
    }
}
