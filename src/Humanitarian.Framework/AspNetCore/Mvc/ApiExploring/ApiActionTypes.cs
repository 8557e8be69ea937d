using System.Reflection;
using System.Text.Json.Serialization;
using Humanitarian.Framework.Http.Modeling;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ApiExplorer;
using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;

namespace Humanitarian.Framework.AspNetCore.Mvc.ApiExploring;

/// <summary>What an action's return value and HTTP parameters are, in the API description's terms.</summary>
internal static class ApiActionTypes
{
    /// <summary>The value the client receives: <c>Task&lt;T&gt;</c> and <c>ActionResult&lt;T&gt;</c> unwrapped, <c>Task</c> → void.</summary>
    public static Type ReturnType(MethodInfo method)
    {
        var type = method.ReturnType;
        if (type == typeof(Task) || type == typeof(ValueTask))
        {
            return typeof(void);
        }
        if (type.IsGenericType && (type.GetGenericTypeDefinition() == typeof(Task<>) || type.GetGenericTypeDefinition() == typeof(ValueTask<>)))
        {
            type = type.GetGenericArguments()[0];
        }
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ActionResult<>))
        {
            return type.GetGenericArguments()[0];
        }
        // A hand-written result says nothing of its body in its type.
        return typeof(IActionResult).IsAssignableFrom(type) ? typeof(object) : type;
    }

    /// <summary>
    /// One parameter as it travels: a route value, a query value (a query DTO is spread into its
    /// properties, each named after its method parameter in <c>descriptorName</c>), the body or a file.
    /// </summary>
    public static ParameterApiDescriptionModel DescribeParameter(ApiParameterDescription parameter)
    {
        var type = parameter.Type ?? parameter.ModelMetadata?.ModelType ?? typeof(string);
        var isProperty = parameter.ModelMetadata?.ContainerType is not null;
        var jsonName = (parameter.ModelMetadata as DefaultModelMetadata)?.Attributes.PropertyAttributes?
            .OfType<JsonPropertyNameAttribute>().FirstOrDefault()?.Name;
        return new ParameterApiDescriptionModel(
            parameter.ParameterDescriptor?.Name ?? parameter.Name,
            parameter.Name,
            jsonName,
            ApiTypeNameHelper.GetTypeName(type),
            ApiTypeNameHelper.GetSimpleTypeName(type),
            parameter.RouteInfo?.IsOptional ?? false,
            parameter.RouteInfo?.DefaultValue,
            parameter.RouteInfo?.Constraints?.Select(c => c.GetType().Name).ToList(),
            parameter.Source.Id,
            isProperty ? parameter.ParameterDescriptor?.Name ?? "" : "");
    }
}
