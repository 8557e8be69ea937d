using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Humanitarian.BrowserTests;

/// <summary>
/// The running host's API as a script calls it: a bearer token from <c>/connect/token</c>, so no cookie and
/// no antiforgery header. For the data a browser test needs but does not test (tenants, areas, units).
/// </summary>
public sealed class ApiSession : IDisposable
{
    private readonly HttpClient _http;

    private ApiSession(HttpClient http) => _http = http;

    /// <summary>Signs in <paramref name="userName"/> of <paramref name="tenantName"/> (null: the host).</summary>
    public static async Task<ApiSession> SignInAsync(Uri baseAddress, string? tenantName, string userName, string password = HostProcess.DemoPassword)
    {
        var http = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30) };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/connect/token")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["grant_type"] = "password", ["client_id"] = "Humanitarian_App", ["scope"] = "Humanitarian",
                ["username"] = userName, ["password"] = password,
            }),
        };
        if (tenantName is not null)
        {
            request.Headers.Add("__tenant", tenantName);
        }
        var token = await ReadAsync(await http.SendAsync(request), $"token of {userName}@{tenantName ?? "host"}");
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token["access_token"]!.GetValue<string>());
        return new ApiSession(http);
    }

    /// <summary>POSTs <paramref name="body"/> as JSON and returns the answer; anything but success fails the test.</summary>
    public async Task<JsonNode> PostAsync(string path, object body) =>
        await ReadAsync(await _http.PostAsJsonAsync(path, body), "POST " + path);

    public async Task<JsonNode> PutAsync(string path, object body) =>
        await ReadAsync(await _http.PutAsJsonAsync(path, body), "PUT " + path);

    /// <summary>POSTs and returns the new record's id.</summary>
    public async Task<Guid> CreateAsync(string path, object body) => (await PostAsync(path, body))["id"]!.GetValue<Guid>();

    public async Task<JsonNode> GetAsync(string path) => await ReadAsync(await _http.GetAsync(path), "GET " + path);

    public async Task<HttpStatusCode> GetStatusAsync(string path)
    {
        using var response = await _http.GetAsync(path);
        return response.StatusCode;
    }

    private static async Task<JsonNode> ReadAsync(HttpResponseMessage response, string what)
    {
        using (response)
        {
            var text = await response.Content.ReadAsStringAsync();
            response.IsSuccessStatusCode.ShouldBeTrue($"{what}: {(int)response.StatusCode} {text}");
            return JsonNode.Parse(text)!;
        }
    }

    public void Dispose() => _http.Dispose();
}
