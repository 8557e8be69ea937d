using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace Humanitarian.Framework.BackgroundWorkers;

/// <summary>
/// Recurring work on Quartz.NET (ABP's periodic background workers): one way for every module.
/// </summary>
public static class RecurringJobServiceCollectionExtensions
{
    /// <summary>
    /// Runs <typeparamref name="TJob"/> on every server every <paramref name="interval"/>, first at start,
    /// in a DI scope of its own per run, never two runs of it at once on one server. The job is a plain
    /// Quartz <see cref="IJob"/>; work that must survive a restart or run once for all servers belongs in a
    /// background job (<c>IBackgroundJobManager</c>) instead.
    /// </summary>
    /// <param name="name">Unique among recurring jobs; names the Quartz job and its trigger.</param>
    public static IServiceCollection AddRecurringJob<TJob>(this IServiceCollection services, string name, TimeSpan interval)
        where TJob : class, IJob
    {
        services.AddQuartz(q => q.ScheduleJob<TJob>(
            trigger => trigger.WithIdentity(name).StartNow()
                .WithSimpleSchedule(s => s.WithInterval(interval).RepeatForever()),
            job => job.WithIdentity(name).DisallowConcurrentExecution()));
        return services;
    }
}
