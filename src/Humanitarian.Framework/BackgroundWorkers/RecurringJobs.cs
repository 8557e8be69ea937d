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

    /// <summary>
    /// Runs <typeparamref name="TJob"/> on every server each day at <paramref name="at"/> in
    /// <paramref name="zone"/> (e.g. 07:00 in Asia/Ho_Chi_Minh), never two runs of it at once on one server.
    /// A server that is down at that time does not make up for it: the job must be one whose next run
    /// catches up, and safe to run on several servers at once.
    /// </summary>
    public static IServiceCollection AddDailyJob<TJob>(this IServiceCollection services, string name, TimeOnly at, TimeZoneInfo zone)
        where TJob : class, IJob
    {
        services.AddQuartz(q => q.ScheduleJob<TJob>(
            trigger => trigger.WithIdentity(name)
                .WithCronSchedule($"0 {at.Minute} {at.Hour} * * ?", cron => cron.InTimeZone(zone)),
            job => job.WithIdentity(name).DisallowConcurrentExecution()));
        return services;
    }
}
