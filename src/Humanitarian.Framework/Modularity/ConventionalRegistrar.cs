using System.Reflection;
using Castle.DynamicProxy;
using Humanitarian.Framework.Application;
using Humanitarian.Framework.Authorization;
using Humanitarian.Framework.BackgroundJobs;
using Humanitarian.Framework.Data;
using Humanitarian.Framework.DependencyInjection;
using Humanitarian.Framework.Settings;
using Humanitarian.Framework.TextTemplating;
using Humanitarian.Framework.UI.Navigation;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Humanitarian.Framework.Modularity;

/// <summary>
/// ABP's conventional registration: application services, definition providers (permissions, settings, templates), seed and menu
/// contributors, background jobs and classes marked with a lifetime interface are registered without a
/// line per class.
/// </summary>
internal static class ConventionalRegistrar
{
    // Caches the generated proxy types: one generator for the application's lifetime.
    private static readonly ProxyGenerator ProxyGenerator = new();

    private static readonly Type[] MarkerInterfaces =
        [typeof(ITransientDependency), typeof(IScopedDependency), typeof(ISingletonDependency)];

    /// <summary>Extension points whose implementations need no lifetime marker: they are transient.</summary>
    private static readonly Type[] ContributorInterfaces = [typeof(IDataSeedContributor), typeof(IMenuContributor)];

    public static void RegisterAssembly(IServiceCollection services, Assembly assembly)
    {
        foreach (var type in assembly.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false, IsGenericTypeDefinition: false }))
        {
            if (BackgroundJobConfiguration.GetArgsType(type) is not null)
            {
                // A job class needs no marker: it is transient and known by its arguments' job name.
                services.AddBackgroundJob(type);
            }
            if (typeof(PermissionDefinitionProvider).IsAssignableFrom(type))
            {
                services.AddSingleton(typeof(PermissionDefinitionProvider), type);
            }
            else if (typeof(SettingDefinitionProvider).IsAssignableFrom(type))
            {
                services.AddSingleton(typeof(SettingDefinitionProvider), type);
            }
            else if (typeof(TemplateDefinitionProvider).IsAssignableFrom(type))
            {
                services.AddSingleton(typeof(TemplateDefinitionProvider), type);
            }
            else if (LifetimeOf(type) is { } lifetime)
            {
                Register(services, type, lifetime);
            }
        }
    }

    // Only our own contracts: a class is never resolved as IDisposable or IEquatable<T>.
    private static bool IsServiceInterface(Type i) =>
        !MarkerInterfaces.Contains(i) && i != typeof(IApplicationService)
        && i.Assembly.GetName().Name?.StartsWith("Humanitarian", StringComparison.Ordinal) == true;

    private static ServiceLifetime? LifetimeOf(Type type)
    {
        if (typeof(ISingletonDependency).IsAssignableFrom(type)) return ServiceLifetime.Singleton;
        if (typeof(IScopedDependency).IsAssignableFrom(type)) return ServiceLifetime.Scoped;
        if (typeof(ITransientDependency).IsAssignableFrom(type)
            || typeof(IApplicationService).IsAssignableFrom(type)
            || ContributorInterfaces.Any(c => c.IsAssignableFrom(type)))
        {
            return ServiceLifetime.Transient;
        }
        return null;
    }

    /// <summary>
    /// Every implementation of an interface is kept, so extension points (seed and menu contributors,
    /// a module's <c>IUnitReferenceChecker</c>s) are resolved as a list; a single resolve gets the last.
    /// </summary>
    private static void Register(IServiceCollection services, Type type, ServiceLifetime lifetime)
    {
        services.TryAdd(new ServiceDescriptor(type, type, lifetime));
        var isApplicationService = typeof(IApplicationService).IsAssignableFrom(type);
        foreach (var serviceType in type.GetInterfaces().Where(IsServiceInterface))
        {
            services.Add(isApplicationService && typeof(IApplicationService).IsAssignableFrom(serviceType)
                ? new ServiceDescriptor(serviceType, sp => AuthorizationProxy(sp, serviceType, type), lifetime)
                : new ServiceDescriptor(serviceType, sp => sp.GetRequiredService(type), lifetime));
        }
    }

    /// <summary>
    /// An application service's contract resolves to an interface proxy that checks permissions before
    /// each call (ABP's interception); the class itself stays unproxied, as MVC creates it as a controller.
    /// </summary>
    private static object AuthorizationProxy(IServiceProvider services, Type serviceType, Type implementationType) =>
        ProxyGenerator.CreateInterfaceProxyWithTargetInterface(
            serviceType, services.GetRequiredService(implementationType),
            services.GetRequiredService<AuthorizationInterceptor>().ToInterceptor());
}
