namespace Humanitarian.Framework.BackgroundJobs;

/// <summary>A job class, the arguments type it takes and the name its jobs are stored under.</summary>
public sealed class BackgroundJobConfiguration
{
    public BackgroundJobConfiguration(Type jobType)
    {
        JobType = jobType;
        ArgsType = GetArgsType(jobType)
                   ?? throw new ArgumentException($"{jobType.FullName} implements neither IAsyncBackgroundJob<TArgs> nor IBackgroundJob<TArgs>.", nameof(jobType));
        JobName = BackgroundJobNameAttribute.GetName(ArgsType);
    }

    public Type JobType { get; }
    public Type ArgsType { get; }
    public string JobName { get; }

    /// <summary>The TArgs of the job interface <paramref name="type"/> implements; null when it is not a job.</summary>
    public static Type? GetArgsType(Type type) =>
        type.GetInterfaces()
            .Where(i => i.IsGenericType && (i.GetGenericTypeDefinition() == typeof(IAsyncBackgroundJob<>)
                                            || i.GetGenericTypeDefinition() == typeof(IBackgroundJob<>)))
            .Select(i => i.GetGenericArguments()[0])
            .FirstOrDefault();
}

/// <summary>ABP's background job options: the known jobs, and whether this server runs them.</summary>
public sealed class AbpBackgroundJobOptions
{
    private readonly Dictionary<string, BackgroundJobConfiguration> _jobsByName = new(StringComparer.Ordinal);

    /// <summary>
    /// False: this server only enqueues, others run the jobs (configuration
    /// <c>BackgroundJobs:IsJobExecutionEnabled</c>). Default: true.
    /// </summary>
    public bool IsJobExecutionEnabled { get; set; } = true;

    public void AddJob<TJob>() => AddJob(typeof(TJob));

    public void AddJob(Type jobType) => AddJob(new BackgroundJobConfiguration(jobType));

    public void AddJob(BackgroundJobConfiguration configuration)
    {
        if (_jobsByName.TryGetValue(configuration.JobName, out var existing) && existing.JobType != configuration.JobType)
        {
            throw new InvalidOperationException(
                $"Background job name '{configuration.JobName}' is taken by {existing.JobType.FullName} and {configuration.JobType.FullName}.");
        }
        _jobsByName[configuration.JobName] = configuration;
    }

    /// <returns>Null when no job of this server takes jobs of that name.</returns>
    public BackgroundJobConfiguration? FindJob(string name) => _jobsByName.GetValueOrDefault(name);

    public BackgroundJobConfiguration GetJob(string name) =>
        FindJob(name) ?? throw new InvalidOperationException($"No background job is registered for the name '{name}'.");

    public BackgroundJobConfiguration GetJob<TArgs>() => GetJob(BackgroundJobNameAttribute.GetName<TArgs>());

    public IReadOnlyList<BackgroundJobConfiguration> GetJobs() => _jobsByName.Values.ToList();
}

/// <summary>
/// ABP's worker options (same names and units as ABP's). A failed job is tried again after
/// <c>DefaultFirstWaitDuration × DefaultWaitFactor^(tries − 1)</c> seconds (1, 2, 4 … minutes) and
/// abandoned once its next try would come later than <see cref="DefaultTimeout"/> after it was enqueued.
/// </summary>
public sealed class AbpBackgroundJobWorkerOptions
{
    /// <summary>Milliseconds between two looks at the store (configuration <c>BackgroundJobs:PollPeriodSeconds</c>, 5 s).</summary>
    public int JobPollPeriod { get; set; } = 5_000;

    /// <summary>At most this many jobs are claimed by one look at the store.</summary>
    public int MaxJobFetchCount { get; set; } = 100;

    /// <summary>Seconds before the first retry (60).</summary>
    public int DefaultFirstWaitDuration { get; set; } = 60;

    /// <summary>Seconds after enqueuing beyond which a failing job is given up (IsAbandoned; 2 days).</summary>
    public int DefaultTimeout { get; set; } = 172_800;

    /// <summary>Each wait is this many times the previous one (2.0).</summary>
    public double DefaultWaitFactor { get; set; } = 2.0;

    /// <summary>
    /// How long a claimed job is held by the server running it before another server may take it (5 min).
    /// The running server extends it every third of it, so a long job keeps it; a server that dies stops
    /// extending, and its job runs again elsewhere after at most this long.
    /// </summary>
    public TimeSpan JobLease { get; set; } = TimeSpan.FromMinutes(5);
}
