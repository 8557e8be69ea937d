using Humanitarian.Framework.MultiTenancy;
using Humanitarian.Framework.UI.Navigation;
using Humanitarian.Web.Authorization;
using Humanitarian.Web.Localization;
using Microsoft.Extensions.Localization;

namespace Humanitarian.Web.Navigation;

/// <summary>The host's own entries: home, tenants and their mergers (host side only), users, roles, settings (e-mail, outbox, text templates), audit log.</summary>
public sealed class HumanitarianMenuContributor(ICurrentTenant currentTenant, IStringLocalizer<HumanitarianResource> l)
    : IMenuContributor
{
    public static class Names
    {
        public const string Home = "Home";
        public const string TenantManagement = "TenantManagement";
        public const string Tenants = TenantManagement + ".Tenants";
        public const string Reorganisations = TenantManagement + ".Reorganisations";
        public const string Users = "Identity.Users";
        public const string Roles = "Identity.Roles";
        public const string AuditLogs = "AuditLogs";
        public const string TextTemplates = "TextTemplateManagement.TextTemplates";
        public const string SettingManagement = "SettingManagement";
        public const string AllSettings = SettingManagement + ".All";
        public const string EmailSettings = "Emailing.Settings";
        public const string Outbox = "Emailing.Outbox";
    }

    public Task ConfigureMenuAsync(MenuConfigurationContext context)
    {
        context.AddItem(new ApplicationMenuItem(Names.Home, l["Menu:Home"], "~/", "fa-solid fa-house", order: 0));
        // Tenants are the national level's business; a tenant's own admin never manages the tree.
        if (!currentTenant.IsAvailable)
        {
            context.AddItem(new ApplicationMenuItem(Names.TenantManagement, l["Menu:Tenants"], url: null,
                    "fa-solid fa-sitemap", order: 100, TenantManagementPermissions.Tenants.Default)
                .AddItem(new ApplicationMenuItem(Names.Tenants, l["Menu:TenantList"], "~/TenantManagement/Tenants",
                    "fa-solid fa-list", order: 10, TenantManagementPermissions.Tenants.Default))
                .AddItem(new ApplicationMenuItem(Names.Reorganisations, l["Menu:Reorganisations"], "~/TenantManagement/Reorganisations",
                    "fa-solid fa-code-merge", order: 20, TenantManagementPermissions.Tenants.Reorganise)));
        }
        context.AddItem(new ApplicationMenuItem(Names.Users, l["Menu:Users"], "~/Identity/Users",
            "fa-solid fa-users", order: 800, IdentityPermissions.Users.Default));
        context.AddItem(new ApplicationMenuItem(Names.Roles, l["Menu:Roles"], "~/Identity/Roles",
            "fa-solid fa-user-shield", order: 810, IdentityPermissions.Roles.Default));
        // One "Cài đặt" group (ABP's settings page first) keeps the bar to one line: each entry shows on its own permission.
        context.AddItem(new ApplicationMenuItem(Names.SettingManagement, l["Menu:Settings"], url: null, "fa-solid fa-gear", order: 840)
            .AddItem(new ApplicationMenuItem(Names.AllSettings, l["Menu:AllSettings"], "~/SettingManagement",
                "fa-solid fa-sliders", order: 0, SettingManagementPermissions.Emailing))
            .AddItem(new ApplicationMenuItem(Names.EmailSettings, l["Menu:EmailSettings"], "~/SettingManagement/Emailing",
                "fa-solid fa-envelope", order: 10, SettingManagementPermissions.Emailing))
            .AddItem(new ApplicationMenuItem(Names.Outbox, l["Menu:Outbox"], "~/Emailing",
                "fa-solid fa-inbox", order: 20, SettingManagementPermissions.Emailing))
            .AddItem(new ApplicationMenuItem(Names.TextTemplates, l["Menu:TextTemplates"], "~/TextTemplateManagement/TextTemplates",
                "fa-solid fa-envelope-open-text", order: 30, TextTemplateManagementPermissions.TextTemplates.Default)));
        context.AddItem(new ApplicationMenuItem(Names.AuditLogs, l["Menu:AuditLogs"], "~/AuditLogs",
            "fa-solid fa-clock-rotate-left", order: 900, AuditLoggingPermissions.AuditLogs));
        return Task.CompletedTask;
    }
}
