using System.Reflection;
using System.Text.RegularExpressions;
using Humanitarian.Framework.Application;
using Humanitarian.Framework.Content;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ActionConstraints;
using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Routing;

namespace Humanitarian.Framework.AspNetCore;

/// <summary>Application services are controllers (ABP's auto API controllers).</summary>
public sealed class ApplicationServiceControllerFeatureProvider : ControllerFeatureProvider
{
    protected override bool IsController(TypeInfo typeInfo) =>
        typeof(IApplicationService).IsAssignableFrom(typeInfo)
        && typeInfo is { IsClass: true, IsAbstract: false, IsPublic: true, ContainsGenericParameters: false };
}

/// <summary>
/// ABP's routing convention: <c>XxxAppService</c> answers at <c>/api/app/xxx</c>; <c>GetListAsync</c> is
/// GET, <c>GetAsync(id)</c> GET /{id}, <c>CreateAsync</c> POST, <c>UpdateAsync(id, …)</c> PUT /{id},
/// <c>DeleteAsync(id)</c> DELETE /{id}, and any other method a sub-route named after it
/// (<c>SubmitAsync(id, …)</c> → POST /{id}/submit). Complex inputs come from the body on POST/PUT and
/// from the query string on GET/DELETE; an <c>IRemoteStreamContent</c> from the multipart form's file.
/// </summary>
public sealed partial class ApplicationServiceConvention : IApplicationModelConvention
{
    private static readonly (string Prefix, string Verb)[] VerbPrefixes =
    [
        ("GetList", "GET"), ("GetAll", "GET"), ("Get", "GET"),
        ("Create", "POST"), ("Add", "POST"), ("Insert", "POST"), ("Post", "POST"),
        ("Update", "PUT"), ("Put", "PUT"),
        ("Delete", "DELETE"), ("Remove", "DELETE"),
    ];

    public void Apply(ApplicationModel application)
    {
        foreach (var controller in application.Controllers.Where(c => typeof(IApplicationService).IsAssignableFrom(c.ControllerType)))
        {
            controller.ControllerName = TrimSuffix(controller.ControllerType.Name, "AppService", "ApplicationService", "Service");
            controller.ApiExplorer.IsVisible = true;
            // A service that declares its own routes (e.g. /api/identity/users) keeps them.
            var ownRoutes = controller.Selectors.Any(s => s.AttributeRouteModel is not null);
            foreach (var action in controller.Actions)
            {
                DescribeFileDownload(action);
                if (ownRoutes)
                {
                    InferBindingSources(action, DeclaredVerb(action));
                }
                else
                {
                    ConfigureAction(controller, action);
                }
            }
        }
    }

    private static void ConfigureAction(ControllerModel controller, ActionModel action)
    {
        var methodName = TrimSuffix(action.ActionMethod.Name, "Async");
        var (prefix, verb) = VerbPrefixes.FirstOrDefault(p => methodName.StartsWith(p.Prefix, StringComparison.Ordinal));
        verb ??= "POST";
        var rest = prefix is null ? methodName : methodName[prefix.Length..];
        var hasId = action.Parameters.Any(p => p.ParameterName == "id");

        var route = "api/app/" + ToKebab(controller.ControllerName);
        if (hasId) route += "/{id}";
        if (rest.Length > 0) route += "/" + ToKebab(rest);

        foreach (var selector in action.Selectors.Where(s => s.AttributeRouteModel is null))
        {
            selector.AttributeRouteModel = new AttributeRouteModel(new RouteAttribute(route));
            selector.ActionConstraints.Add(new HttpMethodActionConstraint([verb]));
            selector.EndpointMetadata.Add(new HttpMethodMetadata([verb]));
        }
        InferBindingSources(action, verb);
    }

    /// <summary>A returned <c>IRemoteStreamContent</c> is downloaded as it is, not written as JSON.</summary>
    private static void DescribeFileDownload(ActionModel action)
    {
        var returnType = action.ActionMethod.ReturnType;
        if (returnType.IsGenericType && returnType.GetGenericTypeDefinition() == typeof(Task<>))
        {
            returnType = returnType.GetGenericArguments()[0];
        }
        if (typeof(IRemoteStreamContent).IsAssignableFrom(returnType))
        {
            action.Filters.Add(new ProducesResponseTypeAttribute(returnType, StatusCodes.Status200OK, RemoteStreamContent.DefaultContentType));
        }
    }

    private static string DeclaredVerb(ActionModel action) =>
        action.Selectors.SelectMany(s => s.ActionConstraints.OfType<HttpMethodActionConstraint>())
            .SelectMany(c => c.HttpMethods).FirstOrDefault() ?? "POST";

    private static void InferBindingSources(ActionModel action, string verb)
    {
        foreach (var parameter in action.Parameters.Where(p => p.BindingInfo?.BindingSource is null))
        {
            parameter.BindingInfo ??= new BindingInfo();
            parameter.BindingInfo.BindingSource = action.Selectors.Any(s => IsInTemplate(s.AttributeRouteModel?.Template, parameter.ParameterName))
                ? BindingSource.Path
                : typeof(IRemoteStreamContent).IsAssignableFrom(parameter.ParameterType) ? BindingSource.FormFile
                : IsSimple(parameter.ParameterType) || verb is "GET" or "DELETE" ? BindingSource.Query
                : BindingSource.Body;
        }
    }

    /// <summary>"{tenantName}" or "{id:guid}": a value the route carries is bound from it, whatever its name.</summary>
    private static bool IsInTemplate(string? template, string parameterName) =>
        template is not null && (template.Contains('{' + parameterName + '}', StringComparison.OrdinalIgnoreCase)
                                 || template.Contains('{' + parameterName + ':', StringComparison.OrdinalIgnoreCase));

    private static bool IsSimple(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        return type.IsPrimitive || type.IsEnum || type == typeof(string) || type == typeof(Guid)
               || type == typeof(decimal) || type == typeof(DateTime) || type == typeof(DateOnly);
    }

    private static string TrimSuffix(string name, params string[] suffixes)
    {
        foreach (var suffix in suffixes)
        {
            if (name.EndsWith(suffix, StringComparison.Ordinal) && name.Length > suffix.Length)
            {
                return name[..^suffix.Length];
            }
        }
        return name;
    }

    public static string ToKebab(string name) => WordBoundary().Replace(name, "$1-$2").ToLowerInvariant();

    [GeneratedRegex("([a-z0-9])([A-Z])")]
    private static partial Regex WordBoundary();
}
