using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Humanitarian.Framework.BackgroundJobs;

public static class BackgroundJobServiceCollectionExtensions
{
    /// <summary>
    /// Registers a job class (transient) and its job name. Modules need not call it: job classes in a
    /// module's assembly are registered by convention.
    /// </summary>
    public static IServiceCollection AddBackgroundJob<TJob>(this IServiceCollection services) =>
        services.AddBackgroundJob(typeof(TJob));

    public static IServiceCollection AddBackgroundJob(this IServiceCollection services, Type jobType)
    {
        var configuration = new BackgroundJobConfiguration(jobType);
        services.TryAddTransient(jobType);
        services.Configure<AbpBackgroundJobOptions>(o => o.AddJob(configuration));
        return services;
    }
}
