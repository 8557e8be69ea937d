using Humanitarian.Framework.Domain;
using Microsoft.EntityFrameworkCore;

namespace Humanitarian.Framework.BackgroundJobs;

/// <summary>
/// A queued background job (ABP's <c>BackgroundJobRecord</c>, table <c>AbpBackgroundJobs</c>). Host
/// data read by the worker for every tenant; <see cref="TenantId"/> and <see cref="UserId"/> say in
/// which tenant and as whom the job runs. Deleted once the job has succeeded.
/// </summary>
[DisableAuditing]
public sealed class BackgroundJobRecord : Entity<Guid>, IHasCreationTime
{
    public const int MaxApplicationNameLength = 96;
    public const int MaxJobNameLength = 128;
    public const int MaxCultureNameLength = 32;
    public const int MaxLastErrorLength = 1024;

    public BackgroundJobRecord() : base(Guid.NewGuid()) { }

    public BackgroundJobRecord(Guid id) : base(id) { }

    /// <summary>Kept for ABP's shape; every server here is one application, so it is not filtered on.</summary>
    public string? ApplicationName { get; set; }

    public string JobName { get; set; } = "";

    /// <summary>The arguments as JSON.</summary>
    public string JobArgs { get; set; } = "";

    /// <summary>Tries started so far, those cut short by a dying server included.</summary>
    public int TryCount { get; set; }

    public DateTime CreationTime { get; set; }
    public DateTime NextTryTime { get; set; }
    public DateTime? LastTryTime { get; set; }
    public bool IsAbandoned { get; set; }
    public BackgroundJobPriority Priority { get; set; } = BackgroundJobPriority.Normal;

    /// <summary>The tenant that enqueued the job (null: the host).</summary>
    public Guid? TenantId { get; set; }

    /// <summary>The user who enqueued the job; it runs as that user, or not at all.</summary>
    public Guid? UserId { get; set; }

    /// <summary>The enqueuing request's culture and UI culture, restored while the job runs.</summary>
    public string? CultureName { get; set; }

    public string? UICultureName { get; set; }

    /// <summary>Why the last try failed or the job was abandoned.</summary>
    public string? LastError { get; set; }

    /// <summary>Which worker run holds the job, until when (no SKIP LOCKED in SQLite).</summary>
    public Guid? ClaimToken { get; set; }

    public DateTime? ClaimedUntil { get; set; }
}

public static class BackgroundJobsModelBuilderExtensions
{
    public static void ConfigureBackgroundJobs(this ModelBuilder builder)
    {
        builder.Entity<BackgroundJobRecord>(b =>
        {
            b.ToTable("AbpBackgroundJobs");
            b.Property(x => x.ApplicationName).HasMaxLength(BackgroundJobRecord.MaxApplicationNameLength);
            b.Property(x => x.JobName).HasMaxLength(BackgroundJobRecord.MaxJobNameLength).IsRequired();
            b.Property(x => x.JobArgs).IsRequired();
            b.Property(x => x.CultureName).HasMaxLength(BackgroundJobRecord.MaxCultureNameLength);
            b.Property(x => x.UICultureName).HasMaxLength(BackgroundJobRecord.MaxCultureNameLength);
            b.Property(x => x.LastError).HasMaxLength(BackgroundJobRecord.MaxLastErrorLength);
            // The worker's claim: not abandoned, due, by priority.
            b.HasIndex(x => new { x.IsAbandoned, x.NextTryTime });
            b.HasIndex(x => x.ClaimToken);
        });
    }
}
