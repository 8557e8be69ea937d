using Humanitarian.Framework.AspNetCore.Mvc.UI;
using Humanitarian.Organization.AdministrativeAreas;
using Humanitarian.Organization.Committees;
using Humanitarian.Organization.Documents;
using Humanitarian.Organization.Localization;
using Humanitarian.Organization.Units;
using Humanitarian.Framework.MultiTenancy;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.Extensions.DependencyInjection;

namespace Humanitarian.Organization.Pages.Organization;

/// <summary>Base of the module's pages: the framework's page model on the module's resource, with the names of its enums.</summary>
public abstract class OrganizationPageModel : AbpPageModel<OrganizationResource>
{
    public string KindName(UnitKind kind) => L["UnitKind:" + kind];

    public string LevelName(AdministrativeAreaLevel level) => L["AdministrativeAreaLevel:" + level];

    public string KindName(CommitteeKind kind) => L["CommitteeKind:" + kind];

    public string PositionName(CommitteePosition position) => L["CommitteePosition:" + position];

    public string KindName(DocumentKind kind) => L["DocumentKind:" + kind];

    /// <summary>
    /// A record of another tenant that this one may read (a predecessor's, a higher level's) opens
    /// read-only: its edit pages send the user to its details page with a notice instead of a form
    /// whose saving would be refused.
    /// </summary>
    /// <returns>Null when the record is the current tenant's own.</returns>
    protected IActionResult? RedirectIfNotOwn(Guid? ownerTenantId, Guid id)
    {
        if (ownerTenantId == HttpContext.RequestServices.GetRequiredService<ICurrentTenant>().Id)
        {
            return null;
        }
        SetNotice("ReadOnlyRecord");
        return RedirectToPage("Details", new { id });
    }

    /// <summary>A calendar day as <c>dd/MM/yyyy</c>; empty when there is none.</summary>
    public static string Date(DateOnly? date) => VietnamTime.FormatDate(date);

    /// <summary>Every value of an enum by its name in the UI culture, in declaration order.</summary>
    protected static List<SelectListItem> EnumItems<TEnum>(Func<TEnum, string> name, TEnum? selected)
        where TEnum : struct, Enum =>
        Enum.GetValues<TEnum>()
            .Select(value => new SelectListItem(name(value), value.ToString(), selected.HasValue && selected.Value.Equals(value)))
            .ToList();
}
