namespace Humanitarian.Framework.Http.Modeling;

/// <summary>
/// How ABP's API description names types. <c>type</c> is the .NET name: full name, <c>?</c> for a nullable
/// value type, generic arguments in angle brackets. <c>typeSimple</c> is what a TypeScript client needs:
/// <c>string</c>, <c>number</c>, <c>boolean</c>, <c>object</c>, or the full name of a DTO or enum. Both
/// write a collection as <c>[item]</c> and a dictionary as <c>{key:value}</c>.
/// </summary>
public static class ApiTypeNameHelper
{
    public static string GetTypeName(Type type) => Describe(type, GetFullName);

    public static string GetSimpleTypeName(Type type) => Describe(type, GetSimplifiedName);

    private static string Describe(Type type, Func<Type, string> name)
    {
        if (IsDictionary(type, out var key, out var value))
        {
            return $"{{{Describe(key, name)}:{Describe(value, name)}}}";
        }
        return IsCollection(type, out var item) ? $"[{Describe(item, name)}]" : name(type);
    }

    /// <summary><c>System.Guid?</c>, <c>Humanitarian.Framework.Application.PagedResultDto&lt;Humanitarian.X.UnitDto&gt;</c>.</summary>
    public static string GetFullName(Type type)
    {
        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            return GetFullName(underlying) + "?";
        }
        if (type.IsGenericParameter)
        {
            return type.Name;
        }
        return type.IsGenericType
            ? $"{GenericName(type)}<{string.Join(",", type.GetGenericArguments().Select(GetFullName))}>"
            : type.FullName ?? type.Name;
    }

    private static string GetSimplifiedName(Type type)
    {
        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            return GetSimplifiedName(underlying) + "?";
        }
        if (type.IsGenericType && !type.IsGenericTypeDefinition)
        {
            return $"{GenericName(type)}<{string.Join(",", type.GetGenericArguments().Select(GetSimplifiedName))}>";
        }
        return JsonKind(type) ?? GetFullName(type);
    }

    /// <summary>The JSON kind of a type that travels as a plain JSON value; null for objects and enums.</summary>
    private static string? JsonKind(Type type) => type switch
    {
        _ when type == typeof(bool) => "boolean",
        _ when type == typeof(object) => "object",
        _ when type == typeof(string) || type == typeof(char) || type == typeof(Guid)
               || type == typeof(DateTime) || type == typeof(DateTimeOffset) || type == typeof(DateOnly)
               || type == typeof(TimeOnly) || type == typeof(TimeSpan) => "string",
        _ when !type.IsEnum && (type.IsPrimitive || type == typeof(decimal)) => "number",
        _ => null,
    };

    /// <summary>Strings, numbers, dates, GUIDs and enums: values, never objects with properties.</summary>
    public static bool IsValue(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        return type.IsEnum || JsonKind(type) is not null and not "object";
    }

    public static string GenericName(Type type)
    {
        var name = type.GetGenericTypeDefinition().FullName!;
        return name[..name.IndexOf('`', StringComparison.Ordinal)];
    }

    public static bool IsDictionary(Type type, out Type key, out Type value)
    {
        var dictionary = SelfAndInterfaces(type).FirstOrDefault(i => i.IsGenericType
            && (i.GetGenericTypeDefinition() == typeof(IDictionary<,>) || i.GetGenericTypeDefinition() == typeof(IReadOnlyDictionary<,>)));
        key = dictionary?.GetGenericArguments()[0] ?? typeof(object);
        value = dictionary?.GetGenericArguments()[1] ?? typeof(object);
        return dictionary is not null;
    }

    /// <summary>Arrays, lists and other sequences of one item type; a string is a value, not a sequence of chars.</summary>
    public static bool IsCollection(Type type, out Type item)
    {
        var sequence = IsValue(type) ? null : SelfAndInterfaces(type)
            .FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>));
        item = sequence?.GetGenericArguments()[0] ?? typeof(object);
        return sequence is not null;
    }

    private static IEnumerable<Type> SelfAndInterfaces(Type type) =>
        type.IsInterface ? type.GetInterfaces().Prepend(type) : type.GetInterfaces();
}
