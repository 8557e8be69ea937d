namespace Humanitarian.Framework.Http.Modeling;

// ABP's application API description (Volo.Abp.Http.Modeling), the document ABP's proxy generators read
// from /api/abp/api-definition. Names and shapes follow ABP's so that its generators work unchanged.

public sealed class ApplicationApiDescriptionModelRequestDto
{
    public bool IncludeTypes { get; set; }
}

public sealed class ApplicationApiDescriptionModel
{
    /// <summary>By root path: "app", "identity", "multi-tenancy", "abp"...</summary>
    public required SortedDictionary<string, ModuleApiDescriptionModel> Modules { get; init; }

    /// <summary>Every DTO and enum the actions name, by full type name; empty unless asked for.</summary>
    public required SortedDictionary<string, TypeApiDescriptionModel> Types { get; init; }
}

public sealed class ModuleApiDescriptionModel
{
    public required string RootPath { get; init; }
    public required string RemoteServiceName { get; init; }
    public SortedDictionary<string, ControllerApiDescriptionModel> Controllers { get; } = new(StringComparer.Ordinal);
}

public sealed class ControllerApiDescriptionModel
{
    public required string ControllerName { get; init; }
    public string? ControllerGroupName { get; init; }
    public bool IsRemoteService { get; init; }
    public bool IsIntegrationService { get; init; }
    public string? ApiVersion { get; init; }
    public required string Type { get; init; }
    public required IReadOnlyList<ControllerInterfaceApiDescriptionModel> Interfaces { get; init; }
    public SortedDictionary<string, ActionApiDescriptionModel> Actions { get; } = new(StringComparer.Ordinal);
}

public sealed record ControllerInterfaceApiDescriptionModel(
    string Type, string Name, IReadOnlyList<InterfaceMethodApiDescriptionModel> Methods);

public sealed record InterfaceMethodApiDescriptionModel(
    string Name, IReadOnlyList<MethodParameterApiDescriptionModel> ParametersOnMethod, ReturnValueApiDescriptionModel ReturnValue);

public sealed class ActionApiDescriptionModel
{
    public required string UniqueName { get; init; }
    public required string Name { get; init; }
    public required string HttpMethod { get; init; }
    public required string Url { get; init; }
    public IReadOnlyList<string> SupportedVersions { get; init; } = [];
    public required IReadOnlyList<MethodParameterApiDescriptionModel> ParametersOnMethod { get; init; }
    public required IReadOnlyList<ParameterApiDescriptionModel> Parameters { get; init; }
    public required ReturnValueApiDescriptionModel ReturnValue { get; init; }
    public bool? AllowAnonymous { get; init; }
    public required string ImplementFrom { get; init; }
}

public sealed record MethodParameterApiDescriptionModel(
    string Name, string TypeAsString, string Type, string TypeSimple, bool IsOptional, object? DefaultValue);

public sealed record ParameterApiDescriptionModel(
    string NameOnMethod, string Name, string? JsonName, string Type, string TypeSimple, bool IsOptional,
    object? DefaultValue, IReadOnlyList<string>? ConstraintTypes, string BindingSourceId, string DescriptorName);

/// <summary><see cref="IsRemoteStream"/>: the action answers with a file, which ABP's Angular proxies download as a blob.</summary>
public sealed record ReturnValueApiDescriptionModel(string Type, string TypeSimple, bool IsRemoteStream);

public sealed class TypeApiDescriptionModel
{
    public string? BaseType { get; init; }
    public bool IsEnum { get; init; }
    public IReadOnlyList<string>? EnumNames { get; init; }

    /// <summary>The values as they travel in JSON (this API writes enum members by name).</summary>
    public IReadOnlyList<object>? EnumValues { get; init; }

    public IReadOnlyList<string>? GenericArguments { get; init; }
    public IReadOnlyList<PropertyApiDescriptionModel>? Properties { get; init; }
}

public sealed record PropertyApiDescriptionModel(
    string Name, string? JsonName, string Type, string TypeSimple, bool IsRequired, bool IsNullable,
    int? MinLength, int? MaxLength, string? Minimum, string? Maximum, string? Regex);
