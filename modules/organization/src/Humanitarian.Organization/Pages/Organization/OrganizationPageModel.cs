using Humanitarian.Framework.AspNetCore.Mvc.UI;
using Humanitarian.Organization.AdministrativeAreas;
using Humanitarian.Organization.Committees;
using Humanitarian.Organization.Documents;
using Humanitarian.Organization.Localization;
using Humanitarian.Organization.Units;

namespace Humanitarian.Organization.Pages.Organization;

/// <summary>Base of the module's pages: the framework's page model on the module's resource, with the names of its enums.</summary>
public abstract class OrganizationPageModel : AbpPageModel<OrganizationResource>
{
    public string KindName(UnitKind kind) => L["UnitKind:" + kind];

    public string LevelName(AdministrativeAreaLevel level) => L["AdministrativeAreaLevel:" + level];

    public string KindName(CommitteeKind kind) => L["CommitteeKind:" + kind];

    public string PositionName(CommitteePosition position) => L["CommitteePosition:" + position];

    public string KindName(DocumentKind kind) => L["DocumentKind:" + kind];
}
