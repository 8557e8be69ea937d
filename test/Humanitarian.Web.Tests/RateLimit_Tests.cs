using System.Net;
using System.Net.Http.Json;
using Humanitarian.Web.Data;

namespace Humanitarian.Web.Tests;

/// <summary>
/// Sign-in is rate-limited per client address at the documented 20 attempts a minute. The shared
/// fixtures lift the limit (tests sign in often), so this class runs its own app with the real one.
/// </summary>
public sealed class RateLimit_Tests : IAsyncLifetime
{
    private readonly HumanitarianWebFactory _factory = new(DatabaseProvider.Sqlite,
        new Dictionary<string, string?> { ["RateLimiting:SignInPermitLimit"] = "20" });

    public Task InitializeAsync() => _factory.WaitUntilReadyAsync();

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    private async Task<HttpResponseMessage> LoginAsync(string password)
    {
        // A fresh client per attempt: a successful sign-in must not turn later attempts into signed-in calls.
        using var client = new ApiClient(_factory.CreateApiClient(), null);
        var response = await client.PostAsync("/api/account/login",
            new { userNameOrEmailAddress = "admin", password, rememberMe = false });
        await response.Content.LoadIntoBufferAsync();
        return response;
    }

    [Fact]
    public async Task Should_count_the_real_clients_behind_a_known_proxy_apart()
    {
        // Both clients' requests come from the same nginx; each has its own 20 attempts.
        HttpClient Via(string client)
        {
            var http = TestClientAddress.From(_factory.CreateApiClient(), HumanitarianWebFactory.KnownProxy);
            http.DefaultRequestHeaders.Add("X-Forwarded-For", client);
            return http;
        }
        for (var attempt = 1; attempt <= 20; attempt++)
        {
            using var first = new ApiClient(Via("203.0.113.1"), null);
            (await first.PostAsync("/api/account/login", new { userNameOrEmailAddress = "admin", password = "Sai-mat-khau@1" }))
                .StatusCode.ShouldBe(HttpStatusCode.OK, $"attempt {attempt}");
        }
        using var again = new ApiClient(Via("203.0.113.1"), null);
        using var second = new ApiClient(Via("203.0.113.2"), null);

        (await again.PostAsync("/api/account/login", new { userNameOrEmailAddress = "admin", password = "Sai-mat-khau@1" }))
            .StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        (await second.PostAsync("/api/account/login", new { userNameOrEmailAddress = "admin", password = HumanitarianWebFactory.DemoPassword }))
            .StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Should_refuse_the_21st_sign_in_attempt_within_a_minute_with_429_and_retry_after()
    {
        // Successful attempts count as well as failed ones.
        var success = await LoginAsync(HumanitarianWebFactory.DemoPassword);
        success.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await success.Content.ReadFromJsonAsync<System.Text.Json.Nodes.JsonObject>())!["result"]!.GetValue<int>().ShouldBe(1);
        for (var attempt = 2; attempt <= 20; attempt++)
        {
            (await LoginAsync("Sai-mat-khau@1")).StatusCode.ShouldBe(HttpStatusCode.OK, $"attempt {attempt}");
        }

        var refused = await LoginAsync(HumanitarianWebFactory.DemoPassword);

        refused.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        var retryAfter = refused.Headers.RetryAfter.ShouldNotBeNull();
        retryAfter.Delta.ShouldNotBeNull();
        retryAfter.Delta!.Value.ShouldBeInRange(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(60));
        (await ApiClient.ReadErrorAsync(refused))["message"]!.GetValue<string>().ShouldBe("Bạn đã thử quá nhiều lần. Vui lòng chờ một lát rồi thử lại.");

        // The token endpoint counts against the same limit of the same client.
        using var script = new ApiClient(_factory.CreateApiClient(), null);
        var token = await script.Http.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "password",
            ["client_id"] = "Humanitarian_App",
            ["username"] = "admin",
            ["password"] = HumanitarianWebFactory.DemoPassword,
            ["scope"] = "Humanitarian",
        }));
        token.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        token.Headers.RetryAfter.ShouldNotBeNull();

        // Other endpoints are not limited.
        (await script.GetAsync("/api/abp/application-configuration")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Should_count_password_reset_requests_as_sign_in_attempts()
    {
        using var client = new ApiClient(TestClientAddress.From(_factory.CreateApiClient(), "203.0.113.9"), null);
        for (var attempt = 1; attempt <= 20; attempt++)
        {
            (await client.PostAsync("/api/account/send-password-reset-code", new { email = "ai-do@example.org", appName = "MVC" }))
                .StatusCode.ShouldBe(HttpStatusCode.OK, $"attempt {attempt}");
        }

        (await client.PostAsync("/api/account/send-password-reset-code", new { email = "ai-do@example.org", appName = "MVC" }))
            .StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        (await client.PostAsync("/api/account/reset-password", new { userId = Guid.NewGuid(), resetToken = "x", password = "y" }))
            .StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        (await client.PostAsync("/api/account/login", new { userNameOrEmailAddress = "admin", password = HumanitarianWebFactory.DemoPassword }))
            .StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
    }
}
