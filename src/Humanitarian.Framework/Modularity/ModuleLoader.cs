using System.Reflection;
using Humanitarian.Framework.DependencyInjection;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Humanitarian.Framework.Modularity;

/// <summary>The loaded modules in dependency order (dependencies first).</summary>
public sealed class AbpModuleContainer(IReadOnlyList<AbpModule> modules)
{
    public IReadOnlyList<AbpModule> Modules { get; } = modules;

    public IEnumerable<Assembly> Assemblies => Modules.Select(m => m.GetType().Assembly).Distinct();
}

public static class ModuleLoaderExtensions
{
    /// <summary>
    /// Loads <typeparamref name="TStartupModule"/> and everything it depends on, registers each module's
    /// assembly by convention, then lets each module configure its services, dependencies first.
    /// </summary>
    public static AbpModuleContainer AddApplication<TStartupModule>(
        this IServiceCollection services, IConfiguration configuration)
        where TStartupModule : AbpModule
    {
        var ordered = new List<Type>();
        Visit(typeof(TStartupModule), ordered, []);
        var container = new AbpModuleContainer(
            ordered.Select(t => (AbpModule)Activator.CreateInstance(t)!).ToList());
        services.AddSingleton(container);

        var context = new ServiceConfigurationContext(services, configuration);
        foreach (var module in container.Modules)
        {
            ConventionalRegistrar.RegisterAssembly(services, module.GetType().Assembly);
            module.ConfigureServices(context);
        }
        return container;
    }

    public static void InitializeApplication(this IApplicationBuilder app)
    {
        var context = new ApplicationInitializationContext(app);
        foreach (var module in app.ApplicationServices.GetRequiredService<AbpModuleContainer>().Modules)
        {
            module.OnApplicationInitialization(context);
        }
    }

    private static void Visit(Type moduleType, List<Type> ordered, HashSet<Type> visiting)
    {
        if (ordered.Contains(moduleType))
        {
            return;
        }
        if (!visiting.Add(moduleType))
        {
            throw new InvalidOperationException($"Circular module dependency at {moduleType.FullName}.");
        }
        foreach (var dependsOn in moduleType.GetCustomAttributes<DependsOnAttribute>())
        {
            foreach (var dependency in dependsOn.DependedTypes)
            {
                Visit(dependency, ordered, visiting);
            }
        }
        ordered.Add(moduleType);
    }
}
