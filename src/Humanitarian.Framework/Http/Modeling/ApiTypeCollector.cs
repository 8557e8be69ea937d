using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Humanitarian.Framework.Http.Modeling;

/// <summary>
/// Collects the <c>types</c> section of the API description: every DTO and enum an action takes or
/// returns, their base types, the types of their properties, and the generic definitions of generic
/// DTOs (<c>PagedResultDto&lt;T0&gt;</c>, as ABP keys them), so a client generator can write them all.
/// </summary>
public sealed class ApiTypeCollector(JsonSerializerOptions json)
{
    private readonly NullabilityInfoContext _nullability = new();

    public SortedDictionary<string, TypeApiDescriptionModel> Types { get; } = new(StringComparer.Ordinal);

    public void Add(Type? type)
    {
        if (type is null || type.IsGenericParameter || type == typeof(object) || type == typeof(void)
            || type == typeof(Enum) || type == typeof(ValueType))
        {
            return;
        }
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (ApiTypeNameHelper.IsValue(type) && !type.IsEnum)
        {
            return;
        }
        if (ApiTypeNameHelper.IsDictionary(type, out var key, out var value))
        {
            Add(key);
            Add(value);
            return;
        }
        if (ApiTypeNameHelper.IsCollection(type, out var item))
        {
            Add(item);
            return;
        }
        if (type is { IsGenericType: true, IsGenericTypeDefinition: false })
        {
            Add(type.GetGenericTypeDefinition());
            foreach (var argument in type.GetGenericArguments())
            {
                Add(argument);
            }
            return;
        }
        var name = KeyOf(type);
        if (!Types.TryAdd(name, Describe(type)))
        {
            return;
        }
        Add(type.BaseType);
        foreach (var property in OwnProperties(type))
        {
            Add(property.PropertyType);
        }
    }

    private static string KeyOf(Type type) => type.IsGenericTypeDefinition
        ? $"{ApiTypeNameHelper.GenericName(type)}<{string.Join(",", type.GetGenericArguments().Select((_, i) => "T" + i))}>"
        : ApiTypeNameHelper.GetFullName(type);

    private TypeApiDescriptionModel Describe(Type type)
    {
        var baseType = type.BaseType is { } b && b != typeof(object) && b != typeof(ValueType) ? b : null;
        if (type.IsEnum)
        {
            return new TypeApiDescriptionModel
            {
                BaseType = baseType is null ? null : ApiTypeNameHelper.GetFullName(baseType),
                IsEnum = true,
                EnumNames = Enum.GetNames(type),
                EnumValues = Enum.GetValues(type).Cast<object>().Select(JsonValue).ToList(),
            };
        }
        return new TypeApiDescriptionModel
        {
            BaseType = baseType is null ? null : ApiTypeNameHelper.GetFullName(baseType),
            GenericArguments = type.IsGenericTypeDefinition ? type.GetGenericArguments().Select(a => a.Name).ToList() : null,
            Properties = OwnProperties(type).Select(DescribeProperty).ToList(),
        };
    }

    /// <summary>An enum member as the API writes it: its name, or its number if the API wrote numbers.</summary>
    private object JsonValue(object member)
    {
        var element = JsonSerializer.SerializeToElement(member, member.GetType(), json);
        return element.ValueKind == JsonValueKind.String ? element.GetString()! : element.GetInt64();
    }

    /// <summary>What a DTO declares itself and sends or receives: public instance properties not ignored in JSON.</summary>
    private static IEnumerable<PropertyInfo> OwnProperties(Type type) => type
        .GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
        .Where(p => p.GetIndexParameters().Length == 0
                    && p.GetCustomAttribute<JsonIgnoreAttribute>() is not { Condition: JsonIgnoreCondition.Always });

    private PropertyApiDescriptionModel DescribeProperty(PropertyInfo property)
    {
        var attributes = property.GetCustomAttributes(inherit: true).ToList();
        var stringLength = attributes.OfType<StringLengthAttribute>().FirstOrDefault();
        var length = attributes.OfType<LengthAttribute>().FirstOrDefault();
        var range = attributes.OfType<RangeAttribute>().FirstOrDefault();
        return new PropertyApiDescriptionModel(
            property.Name,
            property.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name,
            ApiTypeNameHelper.GetTypeName(property.PropertyType),
            ApiTypeNameHelper.GetSimpleTypeName(property.PropertyType),
            IsRequired: attributes.OfType<RequiredAttribute>().Any() || property.IsDefined(typeof(RequiredMemberAttribute)),
            IsNullable: IsNullable(property),
            MinLength: attributes.OfType<MinLengthAttribute>().FirstOrDefault()?.Length
                       ?? (stringLength is { MinimumLength: > 0 } ? stringLength.MinimumLength : (int?)null) ?? length?.MinimumLength,
            MaxLength: attributes.OfType<MaxLengthAttribute>().FirstOrDefault()?.Length ?? stringLength?.MaximumLength ?? length?.MaximumLength,
            Minimum: Invariant(range?.Minimum),
            Maximum: Invariant(range?.Maximum),
            Regex: attributes.OfType<RegularExpressionAttribute>().FirstOrDefault()?.Pattern);
    }

    private bool IsNullable(PropertyInfo property)
    {
        if (property.PropertyType.IsValueType)
        {
            return Nullable.GetUnderlyingType(property.PropertyType) is not null;
        }
        lock (_nullability)
        {
            // NullabilityInfoContext is not thread-safe.
            return _nullability.Create(property).ReadState == NullabilityState.Nullable;
        }
    }

    private static string? Invariant(object? value) => value is null ? null : Convert.ToString(value, CultureInfo.InvariantCulture);
}
