using System.Text.RegularExpressions;
using Humanitarian.Framework.Auditing;
using Humanitarian.Framework.DependencyInjection;
using Humanitarian.Web.Data;
using Humanitarian.Web.Localization;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Humanitarian.Web.Auditing;

/// <summary>What the audit log knows of a stored entity type name: the CLR type, its mapping, its module's display.</summary>
public sealed record AuditedKind(string FullName, string ShortName, Type? ClrType, IEntityType? Mapping, AuditedEntityDisplay? Display)
{
    public Type? PropertyType(string property)
    {
        var type = Mapping?.FindProperty(property)?.ClrType ?? ClrType?.GetProperty(property)?.PropertyType;
        return type is null ? null : Nullable.GetUnderlyingType(type) ?? type;
    }
}

/// <summary>
/// Reads the entity type names the log stores (full CLR names cut to 128 characters, so a generic type's
/// arguments end as "…Culture=neutral, Public") back into kinds of record named in the user's language.
/// </summary>
public sealed partial class AuditedKinds(
    HumanitarianDbContext dbContext,
    IOptions<AuditLogDisplayOptions> options,
    IStringLocalizerFactory localizers,
    IStringLocalizer<HumanitarianResource> l) : IScopedDependency
{
    private Dictionary<string, AuditedKind>? _byName;

    public AuditLogDisplayOptions Options => options.Value;

    public AuditedKind Find(string fullName)
    {
        _byName ??= Build();
        return _byName.TryGetValue(fullName, out var kind) ? kind : new AuditedKind(fullName, ShortName(fullName), null, null, null);
    }

    /// <summary>"Đơn vị" for a unit; the class name when its module did not name it.</summary>
    public string DisplayName(AuditedKind kind) => Localize(kind, "AuditEntity:" + kind.ShortName) ?? Humanize(kind.ShortName);

    /// <summary>The module's own label of the field, the common one (<c>TenantId</c> → "Tỉnh/thành/huyện"), or the name in words.</summary>
    public string PropertyName(AuditedKind kind, string property) =>
        Localize(kind, $"{kind.ShortName}:{property}") ?? Localize(kind, "Field:" + property)
        ?? Found(l["AuditLogs:Field:" + property]) ?? Humanize(property);

    /// <summary>An enum value by the module's key <c>{Enum}:{Value}</c>, or the host's.</summary>
    public string? EnumName(AuditedKind kind, Type enumType, string value) =>
        Localize(kind, $"{enumType.Name}:{value}") ?? Found(l[$"{enumType.Name}:{value}"]);

    public IStringLocalizer? Localizer(AuditedKind kind) =>
        kind.Display is { } display ? localizers.Create(display.Resource) : null;

    /// <summary>"Humanitarian.Web.Identity.AppUser" → "AppUser"; a generic type loses its arguments.</summary>
    public static string ShortName(string fullName)
    {
        var name = fullName.Split('`', '[')[0];
        return name[(name.LastIndexOf('.') + 1)..];
    }

    /// <summary>"CreationTime" → "Creation time": never a code name where no label exists.</summary>
    public static string Humanize(string name)
    {
        var words = Words().Replace(name, " $1").Trim();
        return words.Length == 0 ? name : char.ToUpperInvariant(words[0]) + words[1..].ToLowerInvariant();
    }

    private string? Localize(AuditedKind kind, string key) => Localizer(kind) is { } localizer ? Found(localizer[key]) : null;

    private static string? Found(LocalizedString text) => text.ResourceNotFound ? null : text.Value;

    private Dictionary<string, AuditedKind> Build()
    {
        var kinds = new Dictionary<string, AuditedKind>(StringComparer.Ordinal);
        foreach (var mapping in dbContext.Model.GetEntityTypes().Where(t => !t.IsOwned() && !t.HasSharedClrType))
        {
            var name = StoredName(mapping.ClrType);
            kinds.TryAdd(name, new AuditedKind(name, ShortName(name), mapping.ClrType, mapping, Options.Find(mapping.ClrType)));
        }
        // Actions a request records that touch no mapped table (a test e-mail's input).
        foreach (var display in Options.Entities.Where(d => !kinds.ContainsKey(StoredName(d.EntityType))))
        {
            var name = StoredName(display.EntityType);
            kinds[name] = new AuditedKind(name, ShortName(name), display.EntityType, null, display);
        }
        return kinds;
    }

    /// <summary>As the interceptor and <see cref="AuditedActions"/> store it.</summary>
    private static string StoredName(Type type)
    {
        var name = type.FullName ?? type.Name;
        return name.Length <= 128 ? name : name[..128];
    }

    [GeneratedRegex(@"(?<=[a-z0-9])([A-Z])", RegexOptions.CultureInvariant)]
    private static partial Regex Words();
}
