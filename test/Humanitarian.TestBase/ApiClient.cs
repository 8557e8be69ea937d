using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Shouldly;

namespace Humanitarian.TestBase;

/// <summary>
/// An HTTP client that speaks to the app as a browser script would: the <c>__tenant</c> header when
/// anonymous, the auth cookie after sign-in, and the XSRF token echoed on state-changing calls.
/// </summary>
public sealed class ApiClient(HttpClient http, string? tenantName) : IDisposable
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    public HttpClient Http { get; } = http;
    public string? TenantName { get; } = tenantName;

    public static async Task<ApiClient> SignInAsync(HttpClient http, string? tenantName, string userName, string password)
    {
        var client = new ApiClient(http, tenantName);
        var response = await client.PostAsync("/api/account/login",
            new { userNameOrEmailAddress = userName, password, rememberMe = false });
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var result = await response.Content.ReadFromJsonAsync<JsonObject>();
        result!["result"]!.GetValue<int>().ShouldBe(1, $"sign-in of {userName}@{tenantName ?? "host"} failed: {result}");
        await client.RefreshAntiforgeryTokenAsync();
        return client;
    }

    /// <summary>
    /// Signs in as a script does, with a bearer token from <c>/connect/token</c>: no cookie, so no antiforgery
    /// header either; for a host started as a process, whose requests go through no test server.
    /// </summary>
    public static async Task<ApiClient> SignInWithTokenAsync(HttpClient http, string? tenantName, string userName, string password)
    {
        var client = new ApiClient(http, tenantName);
        var response = await client.SendAsync(HttpMethod.Post, "/connect/token", null, request => request.Content = new FormUrlEncodedContent(
            new Dictionary<string, string>
            {
                ["grant_type"] = "password", ["client_id"] = "Humanitarian_App", ["scope"] = "Humanitarian",
                ["username"] = userName, ["password"] = password,
            }));
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, $"token of {userName}@{tenantName ?? "host"}: {text}");
        client.UseBearer(JsonNode.Parse(text)!["access_token"]!.GetValue<string>());
        return client;
    }

    /// <summary>The XSRF-TOKEN cookie is bound to the user: fetch it again after signing in.</summary>
    public async Task RefreshAntiforgeryTokenAsync()
    {
        var response = await Http.GetAsync("/api/abp/application-configuration");
        response.EnsureSuccessStatusCode();
        var cookie = response.Headers.GetValues("Set-Cookie").First(c => c.StartsWith("XSRF-TOKEN=", StringComparison.Ordinal));
        var token = Uri.UnescapeDataString(cookie.Split(';')[0]["XSRF-TOKEN=".Length..]);
        Http.DefaultRequestHeaders.Remove("RequestVerificationToken");
        Http.DefaultRequestHeaders.Add("RequestVerificationToken", token);
    }

    public Task<HttpResponseMessage> GetAsync(string url) => SendAsync(HttpMethod.Get, url, null);
    public Task<HttpResponseMessage> PostAsync(string url, object? body = null) => SendAsync(HttpMethod.Post, url, body);
    public Task<HttpResponseMessage> PutAsync(string url, object? body) => SendAsync(HttpMethod.Put, url, body);
    public Task<HttpResponseMessage> DeleteAsync(string url) => SendAsync(HttpMethod.Delete, url, null);

    public Task<HttpResponseMessage> SendAsync(HttpMethod method, string url, object? body, Action<HttpRequestMessage>? configure = null)
    {
        var request = new HttpRequestMessage(method, url);
        if (TenantName is not null)
        {
            request.Headers.Add("__tenant", TenantName);
        }
        if (body is not null)
        {
            request.Content = JsonContent.Create(body, options: Json);
        }
        configure?.Invoke(request);
        return Http.SendAsync(request);
    }

    /// <summary>Sends and expects <paramref name="expected"/>; returns the JSON body.</summary>
    public async Task<JsonNode?> SendExpectingAsync(HttpMethod method, string url, object? body, HttpStatusCode expected)
    {
        var response = await SendAsync(method, url, body);
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(expected, $"{method} {url} answered {text}");
        return text.Length == 0 ? null : JsonNode.Parse(text);
    }

    public async Task<T> GetJsonAsync<T>(string url)
    {
        var response = await GetAsync(url);
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, $"GET {url} answered {text}");
        return JsonSerializer.Deserialize<T>(text, Json)!;
    }

    public static async Task<JsonObject> ReadErrorAsync(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonObject>())!["error"]!.AsObject();

    public void UseBearer(string token) =>
        Http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);

    public void Dispose() => Http.Dispose();
}
