using Humanitarian.Framework.Auditing;
using Humanitarian.Framework.Emailing;
using Humanitarian.Web.Identity;
using Humanitarian.Web.Identity.Sessions;
using Humanitarian.Web.Localization;
using Humanitarian.Web.MultiTenancy;
using Humanitarian.Web.SettingManagement;
using Microsoft.AspNetCore.Identity;

namespace Humanitarian.Web.Auditing;

/// <summary>The host's records as the audit log names them, and the ids every record carries.</summary>
internal static class HostAuditLogDisplay
{
    public static void Configure(AuditLogDisplayOptions options)
    {
        var resource = typeof(HumanitarianResource);
        options.Entity<Tenant>(resource, t => t.DisplayName);
        options.Entity<AppUser>(resource, u => u.UserName);
        options.Entity<AppRole>(resource, r => r.Name);
        options.Entity<IdentityUserRole<Guid>>(resource);
        options.Entity<IdentitySession>(resource);
        options.Entity<EmailMessage>(resource, m => m.Subject);
        options.Entity<SendTestEmailInput>(resource);
        // A merger's own record titles the change set that moved a tenant's thousand records.
        options.Entity<TenantReorganisation>(resource, r => r.SourceName).Headline = (values, l) =>
            values.GetValueOrDefault(nameof(TenantReorganisation.Kind)) is { } kind
                ? l[$"AuditLogs:Headline:{kind}", values.GetValueOrDefault(nameof(TenantReorganisation.SourceName)) ?? "",
                    values.GetValueOrDefault(nameof(TenantReorganisation.HeirName)) ?? ""].Value
                : null;
        options.References["RoleId"] = typeof(AppRole);
        foreach (var user in new[] { "CreatorId", "LastModifierId", "DeleterId", "UserId" })
        {
            options.References[user] = typeof(AppUser);
        }
    }
}
