using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Humanitarian.Framework.BackgroundJobs;

/// <summary>
/// ABP's asynchronous background job: a class with one method, run by the background job worker with
/// the arguments given to <see cref="IBackgroundJobManager.EnqueueAsync{TArgs}"/>. A module only writes
/// the class: implementations are registered by convention.
/// </summary>
/// <remarks>
/// A job runs at least once, not exactly once: a server killed in the middle of it leaves the job to
/// another run, so a job must be idempotent or keep all its effects in the database (its unit of work
/// commits together with the removal of the job; see <see cref="IBackgroundJobManager"/>).
/// </remarks>
public interface IAsyncBackgroundJob<in TArgs>
{
    Task ExecuteAsync(TArgs args);
}

/// <summary>ABP's synchronous background job; prefer <see cref="IAsyncBackgroundJob{TArgs}"/>.</summary>
public interface IBackgroundJob<in TArgs>
{
    void Execute(TArgs args);
}

/// <summary>Base of an asynchronous job; <see cref="Logger"/> is set by the worker.</summary>
public abstract class AsyncBackgroundJob<TArgs> : IAsyncBackgroundJob<TArgs>
{
    public ILogger Logger { get; set; } = NullLogger.Instance;

    public abstract Task ExecuteAsync(TArgs args);
}

/// <summary>Base of a synchronous job; <see cref="Logger"/> is set by the worker.</summary>
public abstract class BackgroundJob<TArgs> : IBackgroundJob<TArgs>
{
    public ILogger Logger { get; set; } = NullLogger.Instance;

    public abstract void Execute(TArgs args);
}

/// <summary>Order among jobs due at the same time: higher first.</summary>
public enum BackgroundJobPriority : byte
{
    Low = 5,
    BelowNormal = 10,
    Normal = 15,
    AboveNormal = 20,
    High = 25,
}

/// <summary>
/// Queues background jobs (ABP's manager). A job is written to the durable store in the caller's unit
/// of work: enqueued by a state-changing request, it exists only if the request's transaction commits.
/// It then runs on some server, in the enqueuing tenant, as the enqueuing user and in the enqueuing
/// culture, and is retried with a growing wait until it succeeds or times out.
/// </summary>
public interface IBackgroundJobManager
{
    /// <param name="args">The job's arguments, stored as JSON; the job is found by their type's job name.</param>
    /// <param name="delay">Not run before this much time has passed.</param>
    /// <returns>The job's id.</returns>
    Task<string> EnqueueAsync<TArgs>(
        TArgs args, BackgroundJobPriority priority = BackgroundJobPriority.Normal, TimeSpan? delay = null);
}

/// <summary>
/// Names the jobs of an arguments type in the store (default: the type's full name). Give a stable name
/// to arguments types that may be renamed or moved while jobs of theirs wait in the store.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct)]
public sealed class BackgroundJobNameAttribute(string name) : Attribute
{
    public string Name { get; } = name;

    public static string GetName<TArgs>() => GetName(typeof(TArgs));

    public static string GetName(Type argsType) =>
        argsType.GetCustomAttributes(typeof(BackgroundJobNameAttribute), false).OfType<BackgroundJobNameAttribute>().FirstOrDefault()?.Name
        ?? argsType.FullName ?? argsType.Name;
}
