using Humanitarian.Framework.Domain;
using Humanitarian.Framework.MultiTenancy;
using Microsoft.EntityFrameworkCore;

namespace Humanitarian.Framework.TextTemplating;

/// <summary>A tenant's own content of a template in one culture (ABP's TextTemplateContent); it wins over the default.</summary>
public sealed class TextTemplateContent : AuditedEntity<Guid>, IMultiTenant
{
    public const int MaxCultureNameLength = 10;

    /// <summary>Enough for a rich e-mail; a limit keeps one tenant from storing megabytes per render.</summary>
    public const int MaxContentLength = 65_536;

    public Guid? TenantId { get; set; }
    public string Name { get; private set; }
    public string CultureName { get; private set; }
    public string Content { get; set; }

    public TextTemplateContent(Guid? tenantId, string name, string cultureName, string content) : base(Guid.NewGuid())
    {
        TenantId = tenantId;
        Name = name;
        CultureName = cultureName;
        Content = content;
    }
}

public static class TextTemplateManagementModelBuilderExtensions
{
    public static void ConfigureTextTemplateManagement(this ModelBuilder builder)
    {
        builder.Entity<TextTemplateContent>(b =>
        {
            b.ToTable("AbpTextTemplateContents");
            b.Property(x => x.Name).HasMaxLength(TemplateDefinition.MaxNameLength).IsRequired();
            b.Property(x => x.CultureName).HasMaxLength(TextTemplateContent.MaxCultureNameLength).IsRequired();
            b.Property(x => x.Content).IsRequired();
            // The host's own rows have a NULL tenant, which a unique index does not compare: the
            // store updates the row it finds instead of adding a second one.
            b.HasIndex(x => new { x.TenantId, x.Name, x.CultureName }).IsUnique();
        });
    }
}
