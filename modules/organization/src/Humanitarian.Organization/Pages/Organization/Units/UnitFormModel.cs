using Humanitarian.Organization.Units;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Humanitarian.Organization.Pages.Organization.Units;

/// <summary>What the unit form (<c>_UnitForm</c>) shows: the input and its select lists.</summary>
public interface IUnitForm
{
    CreateUnitDto Input { get; }
    List<SelectListItem> Kinds { get; }
    List<SelectListItem> Parents { get; }
    List<SelectListItem> Areas { get; }
    string Label(string propertyName);
}

/// <summary>The create and edit pages of a unit: same fields, same select lists.</summary>
public abstract class UnitFormPageModel(OrganizationLookups lookups) : OrganizationPageModel
{
    public List<SelectListItem> Kinds { get; private set; } = [];
    public List<SelectListItem> Parents { get; private set; } = [];
    public List<SelectListItem> Areas { get; private set; } = [];

    protected override string FieldLabelKey(string propertyName) => "Unit:" + propertyName;

    protected override Task OnInputRejectedAsync() => LoadAsync();

    protected abstract CreateUnitDto Form { get; }

    /// <summary>The unit being edited; it and its subtree are left out of the parents.</summary>
    protected virtual Guid? EditedUnitId => null;

    protected async Task LoadAsync()
    {
        Kinds = EnumItems<UnitKind>(KindName, Form.Kind);
        Parents = OrganizationLookups.UnitOptions(await lookups.GetAllUnitsAsync(), Form.ParentId, EditedUnitId);
        Areas = OrganizationLookups.AreaOptions(await lookups.GetAllAreasAsync(), LevelName, Form.AdministrativeAreaId);
    }
}
