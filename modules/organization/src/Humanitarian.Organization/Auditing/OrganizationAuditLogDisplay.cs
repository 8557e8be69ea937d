using Humanitarian.Framework.Auditing;
using Humanitarian.Organization.Entities;
using Humanitarian.Organization.Localization;

namespace Humanitarian.Organization.Auditing;

/// <summary>The module's records as the audit log names them (kinds: <c>AuditEntity:*</c> keys).</summary>
internal static class OrganizationAuditLogDisplay
{
    public static void Configure(AuditLogDisplayOptions options)
    {
        var resource = typeof(OrganizationResource);
        options.Entity<Unit>(resource, u => u.Name);
        options.Entity<UnitContact>(resource, c => c.Name);
        options.Entity<AdministrativeArea>(resource, a => a.Name);
        options.Entity<Committee>(resource, c => c.Name);
        options.Entity<CommitteeMember>(resource, m => m.FullName);
        options.Entity<Document>(resource, d => d.Number ?? d.Title);
        options.Entity<DocumentRecipient>(resource);
        options.Entity<DocumentLegalBasis>(resource);
        options.Entity<DocumentAttachment>(resource, a => a.FileName);
    }
}
