using System.Collections.Concurrent;
using System.Globalization;
using Humanitarian.Framework.BackgroundJobs;
using Humanitarian.Framework.EntityFrameworkCore;
using Humanitarian.Framework.Localization;
using Humanitarian.Framework.MultiTenancy;
using Humanitarian.Framework.Uow;
using Humanitarian.Framework.Users;
using Humanitarian.Web.Data;
using Humanitarian.Web.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Quartz;

namespace Humanitarian.Web.Tests;

[BackgroundJobName("Tests.Probe")]
public sealed record ProbeArgs(Guid RunId, int Index = 0, bool Fail = false, int DelayMilliseconds = 0);

/// <summary>What a probe job saw while it ran.</summary>
public sealed record ProbeRun(
    int Index, Guid? TenantId, Guid? UserId, IReadOnlyList<string> Roles, string Culture, string UiCulture, string Forbidden);

/// <summary>A test-only job (registered by HumanitarianWebFactory): records what it saw, then fails if asked.</summary>
public sealed class ProbeJob(ICurrentTenant tenant, ICurrentUser user, IStringLocalizer<AbpFrameworkResource> l)
    : AsyncBackgroundJob<ProbeArgs>
{
    private static readonly ConcurrentDictionary<Guid, ConcurrentQueue<ProbeRun>> RunsById = new();

    public static IReadOnlyList<ProbeRun> Runs(Guid runId) => RunsById.TryGetValue(runId, out var runs) ? runs.ToArray() : [];

    public override async Task ExecuteAsync(ProbeArgs args)
    {
        RunsById.GetOrAdd(args.RunId, _ => new ConcurrentQueue<ProbeRun>()).Enqueue(new ProbeRun(
            args.Index, tenant.Id, user.Id, user.Roles, CultureInfo.CurrentCulture.Name, CultureInfo.CurrentUICulture.Name, l["Forbidden"]));
        if (args.DelayMilliseconds > 0)
        {
            await Task.Delay(args.DelayMilliseconds);
        }
        if (args.Fail)
        {
            throw new InvalidOperationException($"Probe {args.Index} fails on purpose.");
        }
    }
}

[BackgroundJobName("Tests.OwnTransaction")]
public sealed record OwnTransactionArgs(Guid RunId);

/// <summary>A job that opens its own transaction (as the Excel import does), so it opts out of the worker's.</summary>
[UnitOfWork(isTransactional: false)]
public sealed class OwnTransactionJob(IAbpEfCoreDbContext dbContext, IBackgroundJobManager jobs) : AsyncBackgroundJob<OwnTransactionArgs>
{
    public override async Task ExecuteAsync(OwnTransactionArgs args)
    {
        await using var transaction = await dbContext.Database.BeginTransactionAsync();
        await jobs.EnqueueAsync(new ProbeArgs(args.RunId));
        await dbContext.SaveChangesAsync();
        await transaction.CommitAsync();
    }
}

/// <summary>ABP's background jobs on the durable table: who runs them, when, how often, and what never runs.</summary>
public abstract class BackgroundJobs_Tests<TFixture>(TFixture fixture) where TFixture : AppFixture
{
    private IServiceProvider Services => fixture.Factory.Services;

    [Fact]
    public async Task Should_run_a_job_in_the_enqueuing_tenant_as_the_enqueuing_user_in_the_enqueuing_culture()
    {
        var runId = Guid.NewGuid();
        var (haNoi, admin) = await FindUserAsync("ha-noi", "admin");

        var english = await EnqueueAsync("ha-noi", "admin", new ProbeArgs(runId, 0), culture: "en");
        var vietnamese = await EnqueueAsync("ha-noi", "admin", new ProbeArgs(runId, 1), culture: "vi-VN");

        // Run by the app's own worker (Quartz), not by the test.
        var runs = await WaitForRunsAsync(runId, 2);
        foreach (var run in runs)
        {
            run.TenantId.ShouldBe(haNoi);
            run.UserId.ShouldBe(admin);
            run.Roles.ShouldContain("admin");
        }
        var inEnglish = runs.Single(r => r.Index == 0);
        (inEnglish.Culture, inEnglish.UiCulture).ShouldBe(("en", "en"));
        inEnglish.Forbidden.ShouldBe("You are not allowed to do this.");
        var inVietnamese = runs.Single(r => r.Index == 1);
        (inVietnamese.Culture, inVietnamese.UiCulture).ShouldBe(("vi-VN", "vi-VN"));
        inVietnamese.Forbidden.ShouldBe("Bạn không có quyền thực hiện thao tác này.");
        // Done: the rows are gone (the worker deletes a row once its job has returned, so a moment after the run).
        await WaitForJobGoneAsync(english);
        await WaitForJobGoneAsync(vietnamese);
    }

    [Fact]
    public async Task Should_keep_running_jobs_after_the_apps_clock_moved_forward_and_back()
    {
        var runId = Guid.NewGuid();
        try
        {
            fixture.Factory.Clock.Advance(TimeSpan.FromDays(1));
            // Long enough for the worker's trigger (every second in tests) to fire while the clock is ahead.
            await Task.Delay(TimeSpan.FromSeconds(3));
        }
        finally
        {
            await fixture.Factory.ResetClockAsync();
        }

        await EnqueueAsync("ha-noi", "admin", new ProbeArgs(runId));

        (await WaitForRunsAsync(runId, 1)).Count.ShouldBe(1);
    }

    [Fact]
    public async Task Should_retry_a_failing_job_with_abps_back_off_and_abandon_it_after_the_timeout()
    {
        var runId = Guid.NewGuid();
        await using var paused = await PauseWorkerAsync();
        try
        {
            var id = await EnqueueAsync("ha-noi", "admin", new ProbeArgs(runId, Fail: true));

            await RunWorkerAsync();
            ProbeJob.Runs(runId).Count.ShouldBe(1);
            var job = (await FindJobAsync(id)).ShouldNotBeNull();
            (job.TryCount, job.IsAbandoned, job.ClaimToken, job.ClaimedUntil).ShouldBe((1, false, (Guid?)null, (DateTime?)null));
            job.LastError.ShouldBe("Probe 0 fails on purpose.");
            (job.NextTryTime - job.LastTryTime!.Value).ShouldBe(TimeSpan.FromSeconds(60), TimeSpan.FromMilliseconds(1));

            await RunWorkerAsync();
            ProbeJob.Runs(runId).Count.ShouldBe(1, "not due before its next try");

            fixture.Factory.Clock.Advance(TimeSpan.FromSeconds(61));
            await RunWorkerAsync();
            ProbeJob.Runs(runId).Count.ShouldBe(2);
            job = (await FindJobAsync(id)).ShouldNotBeNull();
            (job.TryCount, job.IsAbandoned).ShouldBe((2, false));
            (job.NextTryTime - job.LastTryTime!.Value).ShouldBe(TimeSpan.FromSeconds(120), TimeSpan.FromMilliseconds(1));

            // Two days after it was enqueued, the next try would be past the timeout: it fails for good.
            fixture.Factory.Clock.Advance(TimeSpan.FromDays(2));
            await RunWorkerAsync();
            ProbeJob.Runs(runId).Count.ShouldBe(3);
            job = (await FindJobAsync(id)).ShouldNotBeNull();
            (job.TryCount, job.IsAbandoned).ShouldBe((3, true));

            fixture.Factory.Clock.Advance(TimeSpan.FromDays(10));
            await RunWorkerAsync();
            ProbeJob.Runs(runId).Count.ShouldBe(3, "an abandoned job never runs again");
        }
        finally
        {
            await fixture.Factory.ResetClockAsync();
        }
    }

    [Fact]
    public async Task Should_run_due_jobs_by_priority_then_in_the_order_they_became_due()
    {
        var runId = Guid.NewGuid();
        await using var paused = await PauseWorkerAsync();
        BackgroundJobPriority[] priorities =
        [
            BackgroundJobPriority.Low, BackgroundJobPriority.Normal, BackgroundJobPriority.High,
            BackgroundJobPriority.BelowNormal, BackgroundJobPriority.AboveNormal, BackgroundJobPriority.Normal,
        ];
        for (var i = 0; i < priorities.Length; i++)
        {
            await EnqueueAsync(null, null, new ProbeArgs(runId, i), priority: priorities[i]);
        }

        await RunWorkerAsync();

        ProbeJob.Runs(runId).Select(r => r.Index).ShouldBe([2, 4, 1, 5, 3, 0]);
    }

    [Fact]
    public async Task Should_never_run_a_job_enqueued_in_a_transaction_that_rolled_back()
    {
        var runId = Guid.NewGuid();
        await using var paused = await PauseWorkerAsync();
        string rolledBack, committed;
        // As UnitOfWorkFilter does around a state-changing request.
        await using (var scope = Services.CreateAsyncScope())
        {
            var unitOfWork = scope.ServiceProvider.GetRequiredService<IAbpEfCoreDbContext>();
            await using var transaction = await unitOfWork.Database.BeginTransactionAsync();
            rolledBack = await scope.ServiceProvider.GetRequiredService<IBackgroundJobManager>().EnqueueAsync(new ProbeArgs(runId, 0));
            await unitOfWork.SaveChangesAsync();
            await transaction.RollbackAsync();
        }
        await using (var scope = Services.CreateAsyncScope())
        {
            var unitOfWork = scope.ServiceProvider.GetRequiredService<IAbpEfCoreDbContext>();
            await using var transaction = await unitOfWork.Database.BeginTransactionAsync();
            committed = await scope.ServiceProvider.GetRequiredService<IBackgroundJobManager>().EnqueueAsync(new ProbeArgs(runId, 1));
            (await FindJobAsync(committed)).ShouldBeNull("not visible before the unit of work commits");
            await unitOfWork.SaveChangesAsync();
            await transaction.CommitAsync();
        }

        await RunWorkerAsync();

        ProbeJob.Runs(runId).Select(r => r.Index).ShouldBe([1]);
        (await FindJobAsync(rolledBack)).ShouldBeNull();
        (await FindJobAsync(committed)).ShouldBeNull();
    }

    [Fact]
    public async Task Should_never_run_a_job_twice_when_two_workers_race()
    {
        const int count = 20;
        var runId = Guid.NewGuid();
        await using var paused = await PauseWorkerAsync();
        for (var i = 0; i < count; i++)
        {
            await EnqueueAsync("ha-noi", "admin", new ProbeArgs(runId, i, DelayMilliseconds: 5));
        }

        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (ProbeJob.Runs(runId).Count < count && DateTime.UtcNow < deadline)
        {
            await Task.WhenAll(Task.Run(RunWorkerAsync), Task.Run(RunWorkerAsync));
        }
        await Task.WhenAll(Task.Run(RunWorkerAsync), Task.Run(RunWorkerAsync));

        var runs = ProbeJob.Runs(runId);
        runs.Select(r => r.Index).OrderBy(i => i).ShouldBe(Enumerable.Range(0, count));
    }

    [Fact]
    public async Task Should_run_a_job_of_a_killed_server_again_once_its_lease_expires_and_only_once()
    {
        var runId = Guid.NewGuid();
        await using var paused = await PauseWorkerAsync();
        try
        {
            var id = Guid.Parse(await EnqueueAsync("ha-noi", "admin", new ProbeArgs(runId)));
            await SimulateKilledServerAsync(id);

            await RunWorkerAsync();
            ProbeJob.Runs(runId).ShouldBeEmpty("the lease still holds it");

            AdvancePastLease();
            await RunWorkerAsync();
            ProbeJob.Runs(runId).Count.ShouldBe(1);
            (await FindJobAsync(id.ToString())).ShouldBeNull();

            await RunWorkerAsync();
            ProbeJob.Runs(runId).Count.ShouldBe(1);
        }
        finally
        {
            await fixture.Factory.ResetClockAsync();
        }
    }

    [Fact]
    public async Task Should_count_a_try_cut_short_by_a_killed_server()
    {
        var runId = Guid.NewGuid();
        await using var paused = await PauseWorkerAsync();
        try
        {
            var id = Guid.Parse(await EnqueueAsync(null, null, new ProbeArgs(runId, Fail: true)));
            await SimulateKilledServerAsync(id);
            AdvancePastLease();

            await RunWorkerAsync();

            ProbeJob.Runs(runId).Count.ShouldBe(1);
            var job = (await FindJobAsync(id.ToString())).ShouldNotBeNull();
            job.TryCount.ShouldBe(2);
            // The second try failed: the back-off of a second failure.
            (job.NextTryTime - job.LastTryTime!.Value).ShouldBe(TimeSpan.FromSeconds(120), TimeSpan.FromMilliseconds(1));
        }
        finally
        {
            await fixture.Factory.ResetClockAsync();
        }
    }

    [Fact]
    public async Task Should_keep_the_lease_of_a_long_job_while_it_runs()
    {
        var runId = Guid.NewGuid();
        await using var paused = await PauseWorkerAsync();
        var options = Services.GetRequiredService<IOptions<AbpBackgroundJobWorkerOptions>>().Value;
        var lease = options.JobLease;
        options.JobLease = TimeSpan.FromMilliseconds(900);
        try
        {
            var id = await EnqueueAsync(null, null, new ProbeArgs(runId, DelayMilliseconds: 3_000));
            var first = Task.Run(RunWorkerAsync);
            await WaitForRunsAsync(runId, 1);

            // Two leases later another server looks: the running job is still held (extended on MariaDB;
            // on SQLite its transaction holds the write lock until it is done).
            await Task.Delay(TimeSpan.FromSeconds(2));
            await RunWorkerAsync();
            await first;

            ProbeJob.Runs(runId).Count.ShouldBe(1);
            (await FindJobAsync(id)).ShouldBeNull();
        }
        finally
        {
            options.JobLease = lease;
        }
    }

    [Fact]
    public async Task Should_run_a_job_outside_the_workers_transaction_when_it_opts_out()
    {
        var runId = Guid.NewGuid();
        await using var paused = await PauseWorkerAsync();
        var id = await EnqueueAsync(null, null, new OwnTransactionArgs(runId));

        await RunWorkerAsync();
        (await FindJobAsync(id)).ShouldBeNull("done: its own transaction did not clash with one of the worker's");
        ProbeJob.Runs(runId).ShouldBeEmpty();

        // The job it enqueued in its own transaction was committed with it.
        await RunWorkerAsync();
        ProbeJob.Runs(runId).Count.ShouldBe(1);
    }

    [Fact]
    public async Task Should_abandon_a_job_that_no_job_of_this_server_takes()
    {
        await using var paused = await PauseWorkerAsync();
        var record = new BackgroundJobRecord
        {
            JobName = "Tests.NoSuchJob",
            JobArgs = "{}",
            CreationTime = fixture.Factory.Clock.GetUtcNow().UtcDateTime,
            NextTryTime = fixture.Factory.Clock.GetUtcNow().UtcDateTime,
        };
        await using (var scope = Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<HumanitarianDbContext>();
            db.Add(record);
            await db.SaveChangesAsync();
        }

        await RunWorkerAsync();

        var job = (await FindJobAsync(record.Id.ToString())).ShouldNotBeNull();
        (job.IsAbandoned, job.TryCount, job.ClaimToken).ShouldBe((true, 1, (Guid?)null));
        job.LastError!.ShouldContain("Tests.NoSuchJob");
    }

    [Fact]
    public async Task Should_not_run_a_job_as_anyone_when_its_user_was_deactivated_meanwhile()
    {
        var runId = Guid.NewGuid();
        var userName = "job-user-" + Guid.NewGuid().ToString("N")[..8];
        await using var paused = await PauseWorkerAsync();
        await ChangeUserAsync("ha-noi", userName, create: true);
        var id = await EnqueueAsync("ha-noi", userName, new ProbeArgs(runId));
        await ChangeUserAsync("ha-noi", userName, create: false);

        await RunWorkerAsync();

        ProbeJob.Runs(runId).ShouldBeEmpty();
        var job = (await FindJobAsync(id)).ShouldNotBeNull();
        job.IsAbandoned.ShouldBeTrue();
        job.LastError!.ShouldContain("user");
    }

    /// <summary>
    /// A server claims the job, starts it (the try is counted) and dies: the database rolls its
    /// transaction back, its claim and lease stay.
    /// </summary>
    private async Task SimulateKilledServerAsync(Guid id)
    {
        await using var scope = Services.CreateAsyncScope();
        (await scope.ServiceProvider.GetRequiredService<BackgroundJobWorker>().ClaimAsync()).ShouldContain(j => j.Id == id);
        var now = fixture.Factory.Clock.GetUtcNow().UtcDateTime;
        await scope.ServiceProvider.GetRequiredService<HumanitarianDbContext>().Set<BackgroundJobRecord>()
            .Where(j => j.Id == id)
            .ExecuteUpdateAsync(s => s.SetProperty(j => j.TryCount, 1).SetProperty(j => j.LastTryTime, now));
    }

    private void AdvancePastLease() => fixture.Factory.Clock.Advance(
        Services.GetRequiredService<IOptions<AbpBackgroundJobWorkerOptions>>().Value.JobLease + TimeSpan.FromSeconds(1));

    /// <summary>Creates an active user, or deactivates it.</summary>
    private async Task ChangeUserAsync(string tenantName, string userName, bool create)
    {
        await using var scope = Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var tenant = await services.GetRequiredService<ITenantStore>().FindAsync(tenantName);
        using var inTenant = services.GetRequiredService<ICurrentTenant>().Change(tenant);
        var users = services.GetRequiredService<UserManager<AppUser>>();
        IdentityResult result;
        if (create)
        {
            result = await users.CreateAsync(new AppUser(userName, tenant!.Id) { Email = userName + "@example.org" }, HumanitarianWebFactory.DemoPassword);
        }
        else
        {
            var user = (await users.FindByNameAsync(userName)).ShouldNotBeNull();
            user.IsActive = false;
            result = await users.UpdateAsync(user);
        }
        result.Succeeded.ShouldBeTrue(string.Join("; ", result.Errors.Select(e => e.Description)));
    }

    private async Task<(Guid? TenantId, Guid UserId)> FindUserAsync(string? tenantName, string userName)
    {
        await using var scope = Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var tenant = tenantName is null ? null : await services.GetRequiredService<ITenantStore>().FindAsync(tenantName);
        using var inTenant = services.GetRequiredService<ICurrentTenant>().Change(tenant);
        var user = (await services.GetRequiredService<UserManager<AppUser>>().FindByNameAsync(userName)).ShouldNotBeNull();
        return (tenant?.Id, user.Id);
    }

    /// <summary>Enqueues as a signed-in user of a tenant would (null, null: as the host's start-up code).</summary>
    private async Task<string> EnqueueAsync<TArgs>(
        string? tenantName, string? userName, TArgs args, string culture = "vi-VN",
        BackgroundJobPriority priority = BackgroundJobPriority.Normal)
    {
        await using var scope = Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var tenant = tenantName is null ? null : await services.GetRequiredService<ITenantStore>().FindAsync(tenantName);
        using var inTenant = services.GetRequiredService<ICurrentTenant>().Change(tenant);
        IDisposable? asUser = null;
        if (userName is not null)
        {
            var user = (await services.GetRequiredService<UserManager<AppUser>>().FindByNameAsync(userName)).ShouldNotBeNull();
            var principal = await services.GetRequiredService<IUserClaimsPrincipalFactory<AppUser>>().CreateAsync(user);
            asUser = services.GetRequiredService<ICurrentPrincipalAccessor>().Change(principal);
        }
        var (previousCulture, previousUiCulture) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        try
        {
            return await services.GetRequiredService<IBackgroundJobManager>().EnqueueAsync(args, priority);
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (previousCulture, previousUiCulture);
            asUser?.Dispose();
        }
    }

    /// <summary>One run of the worker, as Quartz would start it on one server.</summary>
    private async Task RunWorkerAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<BackgroundJobWorker>().DoWorkAsync();
    }

    private async Task<BackgroundJobRecord?> FindJobAsync(string id)
    {
        await using var scope = Services.CreateAsyncScope();
        var key = Guid.Parse(id);
        return await scope.ServiceProvider.GetRequiredService<HumanitarianDbContext>().Set<BackgroundJobRecord>()
            .AsNoTracking().SingleOrDefaultAsync(j => j.Id == key);
    }

    private async Task WaitForJobGoneAsync(string id)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (await FindJobAsync(id) is not null)
        {
            DateTime.UtcNow.ShouldBeLessThan(deadline, "the worker did not delete the done job " + id);
            await Task.Delay(100);
        }
    }

    private static async Task<IReadOnlyList<ProbeRun>> WaitForRunsAsync(Guid runId, int count)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (ProbeJob.Runs(runId).Count < count)
        {
            DateTime.UtcNow.ShouldBeLessThan(deadline, "the worker did not run the jobs");
            await Task.Delay(100);
        }
        return ProbeJob.Runs(runId);
    }

    /// <summary>
    /// Stops the app's own worker (Quartz) until disposed, so the test alone decides when workers run;
    /// a run in progress is waited for.
    /// </summary>
    private async Task<IAsyncDisposable> PauseWorkerAsync()
    {
        var scheduler = await Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        var key = new JobKey(BackgroundJobWorkerJob.Name);
        await scheduler.PauseJob(key);
        // A run that started before the pause may still claim: wait until nothing runs on this node (the
        // other recurring jobs are short).
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while ((await scheduler.GetMetadata()).LocalExecutingJobs > 0)
        {
            DateTime.UtcNow.ShouldBeLessThan(deadline, "the worker's run did not end");
            await Task.Delay(10);
        }
        return new Resume(async () => await scheduler.ResumeJob(key));
    }

    private sealed class Resume(Func<Task> resume) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync() => await resume();
    }
}

[Collection(Collections.Sqlite)]
public sealed class BackgroundJobs_Sqlite_Tests(SqliteAppFixture fixture) : BackgroundJobs_Tests<SqliteAppFixture>(fixture);

[Collection(Collections.MySql)]
public sealed class BackgroundJobs_MySql_Tests(MySqlAppFixture fixture) : BackgroundJobs_Tests<MySqlAppFixture>(fixture);
