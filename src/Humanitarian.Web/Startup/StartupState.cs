namespace Humanitarian.Web.Startup;

/// <summary>Whether migrations and seeding have finished; the app answers 503 until they have.</summary>
public sealed class StartupState
{
    private volatile bool _ready;

    public bool IsReady => _ready;
    public string? FailureMessage { get; private set; }

    public void MarkReady() => _ready = true;

    public void MarkFailed(Exception exception) => FailureMessage = exception.Message;
}

/// <summary>Until the database is ready, every request but <c>/health</c> gets 503 and Retry-After.</summary>
public sealed class StartupGateMiddleware(RequestDelegate next, StartupState state)
{
    public Task InvokeAsync(HttpContext context)
    {
        if (state.IsReady || context.Request.Path.StartsWithSegments("/health"))
        {
            return next(context);
        }
        context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        context.Response.Headers.RetryAfter = "2";
        return context.Response.WriteAsync(state.FailureMessage is null
            ? "Hệ thống đang khởi động (áp dụng cơ sở dữ liệu), vui lòng thử lại sau giây lát. / Starting up."
            : "Hệ thống không khởi động được: " + state.FailureMessage);
    }
}
