using System.Reflection;
using System.Text;
using Humanitarian.Framework.Application;
using Humanitarian.Framework.Content;
using Humanitarian.Framework.DependencyInjection;
using Humanitarian.Framework.Http.Modeling;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ApiExplorer;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.Extensions.Options;

namespace Humanitarian.Framework.AspNetCore.Mvc.ApiExploring;

/// <summary>
/// ABP's application API description, built from what ASP.NET Core's API explorer knows of every API
/// action, so a new module's services appear without anyone listing them. An action's module is the
/// root path of its route (<c>api/app/unit</c> → <c>app</c>, <c>api/identity/users</c> → <c>identity</c>),
/// its remote service the controller's <see cref="RemoteServiceAttribute"/> or <c>Default</c>. The
/// actions are fixed once the app runs, so each of the two answers (with and without types) is built once.
/// </summary>
public sealed class AspNetCoreApiDescriptionModelProvider(
    IApiDescriptionGroupCollectionProvider apiExplorer, IOptions<JsonOptions> jsonOptions) : ISingletonDependency
{
    private const string ApiPrefix = "api/";

    private readonly Lazy<ApplicationApiDescriptionModel> _withTypes = new(() => Create(apiExplorer, jsonOptions.Value, includeTypes: true));
    private readonly Lazy<ApplicationApiDescriptionModel> _withoutTypes = new(() => Create(apiExplorer, jsonOptions.Value, includeTypes: false));

    public ApplicationApiDescriptionModel CreateApiModel(ApplicationApiDescriptionModelRequestDto input) =>
        input.IncludeTypes ? _withTypes.Value : _withoutTypes.Value;

    private static ApplicationApiDescriptionModel Create(
        IApiDescriptionGroupCollectionProvider apiExplorer, JsonOptions jsonOptions, bool includeTypes)
    {
        var modules = new SortedDictionary<string, ModuleApiDescriptionModel>(StringComparer.Ordinal);
        var types = new ApiTypeCollector(jsonOptions.JsonSerializerOptions);
        // /connect/token and pages are not part of the JSON API under /api that client proxies call.
        var descriptions = apiExplorer.ApiDescriptionGroups.Items.SelectMany(g => g.Items)
            .Where(d => d.ActionDescriptor is ControllerActionDescriptor
                        && d.RelativePath?.StartsWith(ApiPrefix, StringComparison.OrdinalIgnoreCase) == true);
        foreach (var description in descriptions)
        {
            var action = (ControllerActionDescriptor)description.ActionDescriptor;
            var controllerType = action.ControllerTypeInfo.AsType();
            var rootPath = description.RelativePath![ApiPrefix.Length..].Split('/')[0];
            if (!modules.TryGetValue(rootPath, out var module))
            {
                var remoteService = controllerType.GetCustomAttribute<RemoteServiceAttribute>(inherit: true);
                module = modules[rootPath] = new ModuleApiDescriptionModel
                {
                    RootPath = rootPath,
                    RemoteServiceName = remoteService?.Name ?? RemoteServiceAttribute.DefaultName,
                };
            }
            var controllerKey = controllerType.FullName!;
            if (!module.Controllers.TryGetValue(controllerKey, out var controller))
            {
                controller = module.Controllers[controllerKey] = DescribeController(action, description);
            }
            var uniqueName = UniqueName(action.MethodInfo);
            // One method under several routes or verbs is one action to a client proxy: the first is kept.
            if (!controller.Actions.ContainsKey(uniqueName))
            {
                controller.Actions[uniqueName] = DescribeAction(uniqueName, action, description);
                if (includeTypes)
                {
                    foreach (var parameter in ClientParameters(action.MethodInfo))
                    {
                        types.Add(parameter.ParameterType);
                    }
                    types.Add(ApiActionTypes.ReturnType(action.MethodInfo));
                }
            }
        }
        return new ApplicationApiDescriptionModel { Modules = modules, Types = types.Types };
    }

    private static ControllerApiDescriptionModel DescribeController(ControllerActionDescriptor action, ApiDescription description)
    {
        var type = action.ControllerTypeInfo.AsType();
        return new ControllerApiDescriptionModel
        {
            ControllerName = action.ControllerName,
            ControllerGroupName = description.GroupName ?? action.ControllerName,
            IsRemoteService = typeof(IApplicationService).IsAssignableFrom(type) || type.IsDefined(typeof(RemoteServiceAttribute), true),
            // Integration services (IFundraisingMetrics...) are called in-process, never over HTTP.
            IsIntegrationService = false,
            Type = type.FullName!,
            Interfaces = ServiceContracts(type).Select(i => new ControllerInterfaceApiDescriptionModel(
                ApiTypeNameHelper.GetFullName(i), i.Name,
                i.GetMethods().Select(m => new InterfaceMethodApiDescriptionModel(m.Name, ParametersOnMethod(m), ReturnValue(m))).ToList()))
                .ToList(),
        };
    }

    /// <summary>The application service contracts a controller implements (<c>IUnitAppService</c>), not marker interfaces.</summary>
    private static IEnumerable<Type> ServiceContracts(Type controllerType) => controllerType.GetInterfaces()
        .Where(i => i != typeof(IApplicationService) && typeof(IApplicationService).IsAssignableFrom(i) && !i.IsGenericType);

    private static ActionApiDescriptionModel DescribeAction(string uniqueName, ControllerActionDescriptor action, ApiDescription description)
    {
        var method = action.MethodInfo;
        var controllerType = action.ControllerTypeInfo.AsType();
        var signature = method.ToString();
        var contract = ServiceContracts(controllerType).FirstOrDefault(i => i.GetMethods().Any(m => m.ToString() == signature));
        return new ActionApiDescriptionModel
        {
            UniqueName = uniqueName,
            Name = method.Name,
            HttpMethod = description.HttpMethod ?? "POST",
            Url = description.RelativePath!,
            ParametersOnMethod = ParametersOnMethod(method),
            Parameters = description.ParameterDescriptions.Select(ApiActionTypes.DescribeParameter).ToList(),
            ReturnValue = ReturnValue(method),
            AllowAnonymous = action.EndpointMetadata.Any(m => m is IAllowAnonymous) ? true
                : action.EndpointMetadata.Any(m => m is IAuthorizeData) ? false
                : null,
            ImplementFrom = contract is null ? controllerType.FullName! : ApiTypeNameHelper.GetFullName(contract),
        };
    }

    /// <summary>ABP's unique action name: <c>GetAsync</c>, <c>GetAsyncById</c>, <c>UpdateAsyncByIdAndInput</c>.</summary>
    private static string UniqueName(MethodInfo method)
    {
        var parameters = ClientParameters(method).Select(p => char.ToUpperInvariant(p.Name![0]) + p.Name[1..]).ToList();
        var name = new StringBuilder(method.Name);
        if (parameters.Count > 0)
        {
            name.Append("By").AppendJoin("And", parameters);
        }
        return name.ToString();
    }

    /// <summary>What a caller passes: not the request's cancellation token, not services injected into the action.</summary>
    private static IEnumerable<ParameterInfo> ClientParameters(MethodInfo method) => method.GetParameters()
        .Where(p => p.ParameterType != typeof(CancellationToken) && !p.IsDefined(typeof(FromServicesAttribute), true));

    /// <summary>
    /// The C# signature. An enum parameter's default is left out (it stays optional; the server applies
    /// it): this API writes enums by name, and ABP's Angular generator writes a default name as a string
    /// literal, which TypeScript does not accept for the string enum it generates.
    /// </summary>
    private static IReadOnlyList<MethodParameterApiDescriptionModel> ParametersOnMethod(MethodInfo method) =>
        ClientParameters(method).Select(p => new MethodParameterApiDescriptionModel(
            p.Name!,
            $"{p.ParameterType.FullName}, {p.ParameterType.Assembly.GetName().Name}",
            ApiTypeNameHelper.GetTypeName(p.ParameterType),
            ApiTypeNameHelper.GetSimpleTypeName(p.ParameterType),
            p.IsOptional,
            p.HasDefaultValue && !(Nullable.GetUnderlyingType(p.ParameterType) ?? p.ParameterType).IsEnum ? p.DefaultValue : null)).ToList();

    private static ReturnValueApiDescriptionModel ReturnValue(MethodInfo method)
    {
        var type = ApiActionTypes.ReturnType(method);
        return new ReturnValueApiDescriptionModel(
            ApiTypeNameHelper.GetTypeName(type), ApiTypeNameHelper.GetSimpleTypeName(type), typeof(IRemoteStreamContent).IsAssignableFrom(type));
    }
}
