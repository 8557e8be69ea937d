using Humanitarian.Framework.MultiTenancy;
using Humanitarian.Framework.UI.Navigation;
using Humanitarian.Organization.Localization;
using Humanitarian.Organization.Permissions;
using Microsoft.Extensions.DependencyInjection;

namespace Humanitarian.Organization.Pages;

/// <summary>Names of the module's menu entries.</summary>
public static class OrganizationMenus
{
    public const string Prefix = "Organization";
    public const string Units = Prefix + ".Units";
    public const string Committees = Prefix + ".Committees";
    public const string Documents = Prefix + ".Documents";
    public const string AdministrativeAreas = Prefix + ".AdministrativeAreas";
}

/// <summary>
/// The module's pages in the main menu: one "Tổ chức" group, each entry behind its list permission. The
/// host (national level) gets only the documents: units, committees and areas belong to provinces and
/// districts, and would be empty lists there; its documents are the national legal bases tenants cite.
/// </summary>
public sealed class OrganizationMenuContributor : IMenuContributor
{
    public Task ConfigureMenuAsync(MenuConfigurationContext context)
    {
        var l = context.GetLocalizer<OrganizationResource>();
        var isHost = !context.ServiceProvider.GetRequiredService<ICurrentTenant>().IsAvailable;
        var organization = new ApplicationMenuItem(
            OrganizationMenus.Prefix, l["Menu:Organization"], url: null, "fa-solid fa-people-roof", order: 200,
            OrganizationPermissions.Default);
        if (!isHost)
        {
            organization
                .AddItem(new ApplicationMenuItem(OrganizationMenus.Units, l["Menu:Units"], "~/Organization/Units",
                    "fa-solid fa-sitemap", order: 10, OrganizationPermissions.Units.Default))
                .AddItem(new ApplicationMenuItem(OrganizationMenus.Committees, l["Menu:Committees"], "~/Organization/Committees",
                    "fa-solid fa-users-rectangle", order: 20, OrganizationPermissions.Committees.Default))
                .AddItem(new ApplicationMenuItem(OrganizationMenus.AdministrativeAreas, l["Menu:AdministrativeAreas"], "~/Organization/Areas",
                    "fa-solid fa-map-location-dot", order: 40, OrganizationPermissions.AdministrativeAreas.Default));
        }
        organization.AddItem(new ApplicationMenuItem(OrganizationMenus.Documents, l["Menu:Documents"], "~/Organization/Documents",
            "fa-solid fa-file-lines", order: 30, OrganizationPermissions.Documents.Default));
        context.AddItem(organization);
        return Task.CompletedTask;
    }
}
