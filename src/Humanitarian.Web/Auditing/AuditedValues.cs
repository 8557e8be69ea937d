using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Humanitarian.Framework.AspNetCore.Mvc.UI;
using Humanitarian.Framework.Auditing;
using Humanitarian.Web.Localization;
using Microsoft.Extensions.Localization;

namespace Humanitarian.Web.Auditing;

/// <summary>
/// A stored value (written invariantly: ISO UTC times, month-first days, enum names, <c>True</c>) as an
/// official reads it: local times, <c>dd/MM/yyyy</c>, the enum's label, Có/Không, đồng, names for ids,
/// JSON indented with its Vietnamese letters as they are.
/// </summary>
public sealed partial class AuditedValues(AuditedKinds kinds, IReadOnlyDictionary<Guid, string> names, IStringLocalizer<HumanitarianResource> l)
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The kind of record an id property points at (see <see cref="AuditLogDisplayOptions.Entity{TEntity}"/>), if known.</summary>
    public static AuditedEntityDisplay? Target(AuditedKinds kinds, AuditedKind kind, string property)
    {
        var options = kinds.Options;
        if (options.References.TryGetValue(property, out var declared))
        {
            return options.Find(declared);
        }
        if (property == "ParentId")
        {
            return kind.Display;
        }
        // CollectingUnitId, UnitId → Unit: the longest registered class name the property ends with.
        return property.EndsWith("Id", StringComparison.Ordinal)
            ? options.Entities.Where(e => property[..^2].EndsWith(e.EntityType.Name, StringComparison.Ordinal))
                .MaxBy(e => e.EntityType.Name.Length)
            : null;
    }

    /// <summary>The record's name where it was read, else the id as stored.</summary>
    public string RecordName(string entityId) =>
        Guid.TryParse(entityId, out var id) && names.TryGetValue(id, out var name) ? name : entityId;

    public string Format(AuditedKind kind, string property, string? raw)
    {
        if (raw is null)
        {
            return "";
        }
        var type = kind.PropertyType(property);
        if (type is null || type == typeof(string))
        {
            return Text(raw);
        }
        if (type == typeof(bool) && bool.TryParse(raw, out var flag))
        {
            return l[flag ? "AuditLogs:Value:True" : "AuditLogs:Value:False"];
        }
        if (type.IsEnum)
        {
            return kinds.EnumName(kind, type, raw) ?? raw;
        }
        if (type == typeof(Guid) && Guid.TryParse(raw, out var id))
        {
            return names.TryGetValue(id, out var name) ? name : raw;
        }
        if (type == typeof(DateOnly) && DateOnly.TryParse(raw, CultureInfo.InvariantCulture, out var day))
        {
            return VietnamTime.FormatDate(day);
        }
        if (type == typeof(DateTime) && DateTime.TryParse(raw, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var time))
        {
            return VietnamTime.FromUtc(time).ToString("dd/MM/yyyy HH:mm:ss", CultureInfo.InvariantCulture);
        }
        if (kind.Display?.Amounts.Contains(property) == true && long.TryParse(raw, NumberStyles.Integer, CultureInfo.InvariantCulture, out var amount))
        {
            return Vnd.Format(amount);
        }
        return raw;
    }

    /// <summary>JSON indented and unescaped; JSON cut at the stored length still loses its <c>\u1EC9</c> escapes.</summary>
    private static string Text(string raw)
    {
        var trimmed = raw.TrimStart();
        if (trimmed.StartsWith('{') || trimmed.StartsWith('['))
        {
            try
            {
                return JsonNode.Parse(raw)?.ToJsonString(Indented) ?? raw;
            }
            catch (JsonException)
            {
                return Escaped().Replace(raw, m => ((char)int.Parse(m.Groups[1].Value, NumberStyles.HexNumber, CultureInfo.InvariantCulture)).ToString());
            }
        }
        return raw;
    }

    [GeneratedRegex(@"\\u([0-9A-Fa-f]{4})", RegexOptions.CultureInvariant)]
    private static partial Regex Escaped();
}
