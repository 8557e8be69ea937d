using Humanitarian.Framework.AspNetCore.Mvc.UI;
using Humanitarian.Organization.AdministrativeAreas;
using Humanitarian.Organization.Committees;
using Humanitarian.Organization.Documents;
using Humanitarian.Organization.Localization;
using Humanitarian.Organization.Units;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Humanitarian.Organization.Pages.Organization;

/// <summary>Base of the module's pages: the framework's page model on the module's resource, with the names of its enums.</summary>
public abstract class OrganizationPageModel : AbpPageModel<OrganizationResource>
{
    public string KindName(UnitKind kind) => L["UnitKind:" + kind];

    public string LevelName(AdministrativeAreaLevel level) => L["AdministrativeAreaLevel:" + level];

    public string KindName(CommitteeKind kind) => L["CommitteeKind:" + kind];

    public string PositionName(CommitteePosition position) => L["CommitteePosition:" + position];

    public string KindName(DocumentKind kind) => L["DocumentKind:" + kind];

    /// <summary>A calendar day as <c>dd/MM/yyyy</c>; empty when there is none.</summary>
    public static string Date(DateOnly? date) => VietnamTime.FormatDate(date);

    /// <summary>Every value of an enum by its name in the UI culture, in declaration order.</summary>
    protected static List<SelectListItem> EnumItems<TEnum>(Func<TEnum, string> name, TEnum? selected)
        where TEnum : struct, Enum =>
        Enum.GetValues<TEnum>()
            .Select(value => new SelectListItem(name(value), value.ToString(), selected.HasValue && selected.Value.Equals(value)))
            .ToList();
}
