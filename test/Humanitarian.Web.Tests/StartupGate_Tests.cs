using System.Globalization;
using Humanitarian.Framework.Localization;
using Humanitarian.Web.Localization;
using Humanitarian.Web.Startup;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Localization;

namespace Humanitarian.Web.Tests;

/// <summary>What a request gets while the database is not ready yet (no host: the fixtures' app is always ready).</summary>
public sealed class StartupGate_Tests
{
    private static async Task<(HttpResponse Response, string Body)> RequestAsync(StartupState state, string culture)
    {
        var gate = new StartupGateMiddleware(_ => Task.CompletedTask, state,
            new StringLocalizer<HumanitarianResource>(new JsonStringLocalizerFactory()));
        var context = new DefaultHttpContext();
        context.Request.Path = "/";
        context.Response.Body = new MemoryStream();
        var before = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = new CultureInfo(culture); // as request localization sets it
        try
        {
            await gate.InvokeAsync(context);
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
        context.Response.Body.Position = 0;
        return (context.Response, await new StreamReader(context.Response.Body).ReadToEndAsync());
    }

    [Fact]
    public async Task Should_answer_503_in_the_requests_language_while_starting()
    {
        var (response, vietnamese) = await RequestAsync(new StartupState(), "vi-VN");
        var (_, english) = await RequestAsync(new StartupState(), "en");

        response.StatusCode.ShouldBe(StatusCodes.Status503ServiceUnavailable);
        response.Headers.RetryAfter.ToString().ShouldBe("2");
        vietnamese.ShouldBe("Hệ thống đang khởi động (áp dụng cơ sở dữ liệu), vui lòng thử lại sau giây lát.");
        english.ShouldBe("The system is starting up (applying the database). Please try again in a moment.");
    }

    [Fact]
    public async Task Should_say_why_when_the_start_failed()
    {
        var state = new StartupState();
        state.MarkFailed(new InvalidOperationException("no database"));

        var (response, body) = await RequestAsync(state, "vi-VN");

        response.StatusCode.ShouldBe(StatusCodes.Status503ServiceUnavailable);
        body.ShouldBe("Hệ thống không khởi động được: no database");
    }
}
