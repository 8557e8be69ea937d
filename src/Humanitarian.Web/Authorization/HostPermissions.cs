using Humanitarian.Framework.Authorization;
using Humanitarian.Framework.MultiTenancy;
using Humanitarian.Web.Localization;

namespace Humanitarian.Web.Authorization;

/// <summary>ABP's names for the host's own permissions (tenants, identity, audit log, settings, text templates).</summary>
public static class TenantManagementPermissions
{
    public const string GroupName = "AbpTenantManagement";

    public static class Tenants
    {
        public const string Default = GroupName + ".Tenants";
        public const string Create = Default + ".Create";
        public const string Update = Default + ".Update";
        public const string Delete = Default + ".Delete";

        /// <summary>Merge a tenant into another or dissolve it into its successor (2025).</summary>
        public const string Reorganise = Default + ".Reorganise";
    }
}

public static class IdentityPermissions
{
    public const string GroupName = "AbpIdentity";

    public static class Roles
    {
        public const string Default = GroupName + ".Roles";
        public const string Create = Default + ".Create";
        public const string Update = Default + ".Update";
        public const string Delete = Default + ".Delete";
        public const string ManagePermissions = Default + ".ManagePermissions";
    }

    public static class Users
    {
        public const string Default = GroupName + ".Users";
        public const string Create = Default + ".Create";
        public const string Update = Default + ".Update";
        public const string Delete = Default + ".Delete";

        /// <summary>A user's own grants (provider "U"), beside those of its roles.</summary>
        public const string ManagePermissions = Default + ".ManagePermissions";
    }
}

public static class AuditLoggingPermissions
{
    public const string GroupName = "AbpAuditLogging";
    public const string AuditLogs = GroupName + ".AuditLogs";
}

public static class SettingManagementPermissions
{
    public const string GroupName = "SettingManagement";
    public const string Emailing = GroupName + ".Emailing";
}

/// <summary>ABP's TextTemplateManagement: reading the templates, and editing the tenant's own contents.</summary>
public static class TextTemplateManagementPermissions
{
    public const string GroupName = "AbpTextTemplateManagement";

    public static class TextTemplates
    {
        public const string Default = GroupName + ".TextTemplates";
        public const string EditContents = Default + ".EditContents";
    }
}

public sealed class HostPermissionDefinitionProvider : PermissionDefinitionProvider
{
    public override void Define(IPermissionDefinitionContext context)
    {
        var tenants = context.AddGroup(TenantManagementPermissions.GroupName, "Permission:TenantManagement", typeof(HumanitarianResource))
            .AddPermission(TenantManagementPermissions.Tenants.Default, "Permission:Tenants", MultiTenancySides.Host);
        tenants.AddChild(TenantManagementPermissions.Tenants.Create, "Permission:Create", MultiTenancySides.Host);
        tenants.AddChild(TenantManagementPermissions.Tenants.Update, "Permission:Update", MultiTenancySides.Host);
        tenants.AddChild(TenantManagementPermissions.Tenants.Delete, "Permission:Delete", MultiTenancySides.Host);
        tenants.AddChild(TenantManagementPermissions.Tenants.Reorganise, "Permission:Reorganise", MultiTenancySides.Host);

        var identity = context.AddGroup(IdentityPermissions.GroupName, "Permission:Identity", typeof(HumanitarianResource));
        var roles = identity.AddPermission(IdentityPermissions.Roles.Default, "Permission:Roles");
        roles.AddChild(IdentityPermissions.Roles.Create, "Permission:Create");
        roles.AddChild(IdentityPermissions.Roles.Update, "Permission:Update");
        roles.AddChild(IdentityPermissions.Roles.Delete, "Permission:Delete");
        roles.AddChild(IdentityPermissions.Roles.ManagePermissions, "Permission:ManagePermissions");
        var users = identity.AddPermission(IdentityPermissions.Users.Default, "Permission:Users");
        users.AddChild(IdentityPermissions.Users.Create, "Permission:Create");
        users.AddChild(IdentityPermissions.Users.Update, "Permission:Update");
        users.AddChild(IdentityPermissions.Users.Delete, "Permission:Delete");
        users.AddChild(IdentityPermissions.Users.ManagePermissions, "Permission:ManagePermissions");

        context.AddGroup(AuditLoggingPermissions.GroupName, "Permission:AuditLogging", typeof(HumanitarianResource))
            .AddPermission(AuditLoggingPermissions.AuditLogs, "Permission:AuditLogs");

        context.AddGroup(SettingManagementPermissions.GroupName, "Permission:SettingManagement", typeof(HumanitarianResource))
            .AddPermission(SettingManagementPermissions.Emailing, "Permission:Emailing");

        context.AddGroup(TextTemplateManagementPermissions.GroupName, "Permission:TextTemplateManagement", typeof(HumanitarianResource))
            .AddPermission(TextTemplateManagementPermissions.TextTemplates.Default, "Permission:TextTemplates")
            .AddChild(TextTemplateManagementPermissions.TextTemplates.EditContents, "Permission:EditContents");
    }
}
