using System.Threading.RateLimiting;
using Humanitarian.Beneficiaries.SponsorRequests;
using Humanitarian.Framework.AspNetCore;
using Humanitarian.Framework.Localization;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace Humanitarian.Web;

public static class RateLimitingSetup
{
    public const string SignInPolicy = "sign-in";

    /// <summary>The public "I want to sponsor" request (page and API), anonymous like sign-in.</summary>
    public const string SponsorRequestPolicy = SponsorRequestConsts.RateLimitPolicy;

    /// <summary>
    /// At most <c>RateLimiting:SignInPermitLimit</c> (20) sign-in attempts per client address in any
    /// minute: a sliding window of one-second segments, so no burst slips across a window boundary.
    /// At most <c>RateLimiting:SponsorRequestPermitLimit</c> (10) sponsor requests per client address in
    /// any <c>RateLimiting:SponsorRequestWindowMinutes</c> (10): an anonymous form that writes rows and
    /// e-mails the chapter must not become a way to flood either.
    /// </summary>
    public static void AddHumanitarianRateLimiting(this IServiceCollection services, IConfiguration configuration)
    {
        var permitLimit = configuration.GetValue("RateLimiting:SignInPermitLimit", 20);
        var requestLimit = configuration.GetValue("RateLimiting:SponsorRequestPermitLimit", 10);
        var requestWindow = TimeSpan.FromMinutes(configuration.GetValue("RateLimiting:SponsorRequestWindowMinutes", 10));
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            // Showing the sign-in page is not an attempt: only POSTs count.
            o.AddPolicy(SignInPolicy, context => HttpMethods.IsGet(context.Request.Method)
                ? RateLimitPartition.GetNoLimiter("page")
                : RateLimitPartition.GetSlidingWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new SlidingWindowRateLimiterOptions
                {
                    PermitLimit = permitLimit,
                    Window = TimeSpan.FromMinutes(1),
                    SegmentsPerWindow = 60,
                    QueueLimit = 0,
                }));
            // Showing the form or the catalogue is not a request: only POSTs count.
            o.AddPolicy(SponsorRequestPolicy, context => HttpMethods.IsGet(context.Request.Method)
                ? RateLimitPartition.GetNoLimiter("page")
                : RateLimitPartition.GetSlidingWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new SlidingWindowRateLimiterOptions
                {
                    PermitLimit = requestLimit,
                    Window = requestWindow,
                    SegmentsPerWindow = 10,
                    QueueLimit = 0,
                }));
            o.OnRejected = async (context, cancellationToken) =>
            {
                var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait)
                    ? Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds))
                    : 60;
                context.HttpContext.Response.Headers.RetryAfter = retryAfter.ToString(System.Globalization.CultureInfo.InvariantCulture);
                var l = context.HttpContext.RequestServices.GetRequiredService<IStringLocalizer<AbpFrameworkResource>>();
                await AbpErrorWriter.WriteAsync(context.HttpContext, StatusCodes.Status429TooManyRequests, l["TooManyRequests"]);
            };
        });
    }
}
