using Humanitarian.Web.Startup;
using Quartz;

namespace Humanitarian.Web.Account;

/// <summary>Removes throttle rows that hold nothing any more, so guessed names do not pile up.</summary>
[DisallowConcurrentExecution]
public sealed class SignInThrottleCleanupJob(SignInThrottleStore throttle, StartupState startup) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        if (startup.IsReady)
        {
            await throttle.DeleteStaleAsync(cancellationToken);
        }
    }
}
