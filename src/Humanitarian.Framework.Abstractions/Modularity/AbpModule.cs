using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Humanitarian.Framework.Modularity;

/// <summary>
/// A unit of composition, as in ABP: registers its services and takes part in application start-up.
/// Declare dependencies with <see cref="DependsOnAttribute"/>; the loader initialises them first.
/// </summary>
public abstract class AbpModule
{
    public virtual void ConfigureServices(ServiceConfigurationContext context) { }

    public virtual void OnApplicationInitialization(ApplicationInitializationContext context) { }
}

/// <summary>Declares the modules a module needs; they are loaded before it.</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true)]
public sealed class DependsOnAttribute(params Type[] dependedTypes) : Attribute
{
    public Type[] DependedTypes { get; } = dependedTypes;
}

/// <summary>What a module sees while registering services.</summary>
public sealed class ServiceConfigurationContext(IServiceCollection services, IConfiguration configuration)
{
    public IServiceCollection Services { get; } = services;
    public IConfiguration Configuration { get; } = configuration;
}

/// <summary>What a module sees while the application starts.</summary>
public sealed class ApplicationInitializationContext(IApplicationBuilder app)
{
    public IApplicationBuilder App { get; } = app;
    public IServiceProvider ServiceProvider => App.ApplicationServices;
}
