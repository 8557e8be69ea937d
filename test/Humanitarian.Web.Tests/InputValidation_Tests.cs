using System.Net;
using System.Text.Json.Nodes;
using static Humanitarian.Web.Tests.OpenApiRequestBodies;

namespace Humanitarian.Web.Tests;

/// <summary>
/// Hostile values in every field of every write endpoint, found in the OpenAPI document (so a new DTO is
/// covered without touching this file): a null item, an item of the wrong type, 10,000 items, control
/// characters in text. Each is a 400 naming the field, before any service runs; never a 500.
/// </summary>
public abstract class InputValidation_Tests<TFixture>(TFixture fixture, ClassShared<TestTenant> classTenant)
    : IClassFixture<ClassShared<TestTenant>> where TFixture : AppFixture
{
    /// <summary>The framework's limit on items of a request's collection (CollectionItemsAttribute.DefaultMaxCount).</summary>
    private const string TooManyItemsMessage = "Trường {0} có tối đa 1.000 phần tử.";

    private sealed record Callers(ApiClient TenantAdmin, ApiClient HostAdmin) : IDisposable
    {
        /// <summary>As the tenant's admin, or the host's for host-only endpoints, so permission is never what answers.</summary>
        public async Task<(HttpStatusCode Status, JsonNode? Body)> SendAsync(BodyField field, JsonNode body)
        {
            var response = await TenantAdmin.SendAsync(new HttpMethod(field.Method), field.Url, body);
            if (response.StatusCode == HttpStatusCode.Forbidden)
            {
                response = await HostAdmin.SendAsync(new HttpMethod(field.Method), field.Url, body);
            }
            var text = await response.Content.ReadAsStringAsync();
            return (response.StatusCode, text.Length == 0 ? null : JsonNode.Parse(text));
        }

        public void Dispose()
        {
            TenantAdmin.Dispose();
            HostAdmin.Dispose();
        }
    }

    private async Task<Callers> SignInAsync()
    {
        var tenant = await classTenant.TenantAsync(fixture);
        return new Callers(await TenantTestData.SignInAdminAsync(fixture, tenant), await TestData.SignInHostAdminAsync(fixture));
    }

    private static async Task<List<BodyField>> ArrayFieldsAsync(AppFixture fixture)
    {
        var fields = (await LoadAsync(fixture)).Fields().Where(f => IsType(f.Schema, "array")).ToList();
        // The enumeration must see the arrays the review named, or every assertion would pass vacuously.
        fields.Select(f => f.ToString()).ShouldContain("POST /api/identity/users roleNames");
        fields.Select(f => f.ToString()).ShouldContain("PUT /api/permission-management/permissions permissions");
        fields.Select(f => f.ToString()).ShouldContain("POST /api/app/document legalBasis");
        return fields;
    }

    /// <summary>An item the field accepts (an object with every property set), so that only the count can be wrong.</summary>
    private static JsonNode? ValidItem(JsonObject schema, OpenApiRequestBodies document, int depth = 0) =>
        schema["enum"] is JsonArray values ? values.First(v => v is not null)!.DeepClone()
        : IsType(schema, "integer") || IsType(schema, "number") ? 1
        : IsType(schema, "boolean") ? true
        : IsType(schema, "string") ? schema["format"]?.GetValue<string>() switch
        {
            "uuid" => Guid.NewGuid().ToString(),
            "date" => "2024-05-01",
            "date-time" => "2024-05-01T00:00:00Z",
            _ => "a",
        }
        : IsType(schema, "array") || depth > 2 ? new JsonArray()
        : new JsonObject((schema["properties"]?.AsObject() ?? []).Select(p => KeyValuePair.Create(
            p.Key, ValidItem(document.Resolve(p.Value!.AsObject()), document, depth + 1))));

    /// <summary>Runs <paramref name="send"/> for every field; a field fails when the answer is not a 400 naming <paramref name="member"/>.</summary>
    private static async Task ExpectEach400Async(
        IEnumerable<BodyField> fields, Callers callers, Func<BodyField, JsonNode> body, Func<BodyField, string> member,
        Func<BodyField, string?>? message = null)
    {
        var failures = new List<string>();
        foreach (var field in fields)
        {
            var (status, answer) = await callers.SendAsync(field, body(field));
            var errors = answer?["error"]?["validationErrors"]?.AsArray().Select(e => e!).ToList() ?? [];
            var named = errors.Where(e => e["members"]!.AsArray().Any(m => m!.GetValue<string>() == member(field))).ToList();
            if (status != HttpStatusCode.BadRequest || named.Count == 0
                || (message?.Invoke(field) is { } expected && named.All(e => e["message"]!.GetValue<string>() != expected)))
            {
                var json = answer?.ToJsonString() ?? "";
                failures.Add($"{field} answered {(int)status}: {json[..Math.Min(400, json.Length)]}");
            }
        }
        failures.ShouldBeEmpty();
    }

    [Fact]
    public async Task Should_refuse_a_null_item_in_every_array_naming_the_item()
    {
        using var callers = await SignInAsync();

        await ExpectEach400Async(await ArrayFieldsAsync(fixture), callers,
            f => f.BodyWith(new JsonArray((JsonNode?)null)), f => f.Path + "[0]");
    }

    [Fact]
    public async Task Should_answer_400_to_the_null_items_the_review_reported_in_otherwise_valid_requests()
    {
        var tenant = await classTenant.TenantAsync(fixture);
        using var admin = await TenantTestData.SignInAdminAsync(fixture, tenant);
        var document = JsonNode.Parse("""
            {"kind": "Plan", "number": "30/KH-BCĐ", "issueDate": "2024-05-01", "issuer": "Ban Chỉ đạo", "legalBasis": [null]}
            """)!;
        var user = new JsonObject
        {
            ["userName"] = TenantTestData.UniqueName("u"), ["email"] = TenantTestData.UniqueName("u") + "@example.org",
            ["password"] = TestTenant.AdminPassword, ["roleNames"] = new JsonArray((JsonNode?)null),
        };
        var permissions = JsonNode.Parse("""{"permissions": [null]}""")!;

        var refused = new[]
        {
            (await admin.SendExpectingAsync(HttpMethod.Post, "/api/app/document", document, HttpStatusCode.BadRequest), "legalBasis[0]"),
            (await admin.SendExpectingAsync(HttpMethod.Post, "/api/identity/users", user, HttpStatusCode.BadRequest), "roleNames[0]"),
            (await admin.SendExpectingAsync(HttpMethod.Put, "/api/permission-management/permissions?providerName=R&providerKey=viewer",
                permissions, HttpStatusCode.BadRequest), "permissions[0]"),
        };

        foreach (var (body, member) in refused)
        {
            TenantTestData.ValidationMembers(body).ShouldBe([member]);
            body!["error"]!["validationErrors"]![0]!["message"]!.GetValue<string>()
                .ShouldBe($"Trường {member[..member.IndexOf('[')]} không được có phần tử rỗng (null).");
        }
        (await TestData.ListUserNamesAsync(admin)).ShouldNotContain(user["userName"]!.GetValue<string>());
    }

    [Fact]
    public async Task Should_refuse_an_item_of_the_wrong_type_in_every_array()
    {
        using var callers = await SignInAsync();

        await ExpectEach400Async(await ArrayFieldsAsync(fixture), callers,
            f => f.BodyWith(new JsonArray(IsType(f.Items, "object") ? JsonValue.Create("x") : new JsonObject { ["x"] = 1 })),
            f => f.Path + "[0]");
    }

    [Fact]
    public async Task Should_refuse_10000_items_in_every_array_with_the_limit_in_the_message()
    {
        using var callers = await SignInAsync();
        var fields = await ArrayFieldsAsync(fixture);

        // A DTO's own smaller limit ([MaxLength]) answers with its own message; the rest with the framework's.
        await ExpectEach400Async(fields, callers,
            f => f.BodyWith(new JsonArray(Enumerable.Range(0, 10_000).Select(_ => ValidItem(f.Items, f.Document)).ToArray())),
            f => f.Path,
            f => f.Schema["maxItems"] is null ? string.Format(TooManyItemsMessage, f.Path.Split('.')[^1]) : null);
    }

    [Fact]
    public async Task Should_refuse_control_characters_in_every_text_field_naming_the_field()
    {
        using var callers = await SignInAsync();
        var text = (await LoadAsync(fixture)).Fields()
            .Where(f => IsType(f.Schema, "string") && !IsType(f.Schema, "integer") && !IsType(f.Schema, "number")
                        && f.Schema["format"] is null && f.Schema["enum"] is null)
            .ToList();
        text.Select(f => f.ToString()).ShouldContain("POST /api/identity/users userName");

        await ExpectEach400Async(text, callers, f => f.BodyWith("Hà\u0000Nội"), f => f.Path,
            f => $"Trường {f.Path.Split('.')[^1]} chứa ký tự điều khiển không được phép (chỉ cho phép xuống dòng và tab).");
    }

    [Fact]
    public async Task Should_refuse_each_kind_of_control_character_but_keep_tabs_and_line_breaks()
    {
        using var callers = await SignInAsync();
        var roles = new BodyField("POST", "/api/identity/roles", "name", new JsonObject(), await LoadAsync(fixture));

        foreach (var refused in new[] { "\u0001", "\u0008", "\u001b", "\u007f", "\u0085", "\u009f" })
        {
            var (status, answer) = await callers.SendAsync(roles, roles.BodyWith("vai-tro" + refused));
            status.ShouldBe(HttpStatusCode.BadRequest, $"U+{(int)refused[0]:X4}");
            answer!["error"]!["validationErrors"]!.AsArray().Select(e => e!["message"]!.GetValue<string>())
                .ShouldContain("Trường name chứa ký tự điều khiển không được phép (chỉ cho phép xuống dòng và tab).");
        }
        var users = new BodyField("POST", "/api/identity/users", "roleNames", new JsonObject(), roles.Document);
        var (itemStatus, itemAnswer) = await callers.SendAsync(users, users.BodyWith(new JsonArray("admin\u0000")));
        itemStatus.ShouldBe(HttpStatusCode.BadRequest);
        TenantTestData.ValidationMembers(itemAnswer).ShouldContain("roleNames[0]");

        // Multi-line text keeps its tab and line breaks.
        var tenant = await classTenant.TenantAsync(fixture);
        using var admin = await TenantTestData.SignInAdminAsync(fixture, tenant);
        var name = TenantTestData.UniqueName("Nguyễn\tVăn");
        var user = await admin.SendExpectingAsync(HttpMethod.Post, "/api/identity/users", new
        {
            userName = TenantTestData.UniqueName("u"), name, surname = "An\r\nBình", email = TenantTestData.UniqueName("u") + "@example.org",
            password = TestTenant.AdminPassword,
        }, HttpStatusCode.OK);
        user!["name"]!.GetValue<string>().ShouldBe(name);
        user["surname"]!.GetValue<string>().ShouldBe("An\r\nBình");
    }
}

[Collection(Collections.Sqlite)]
public sealed class InputValidation_Sqlite_Tests(SqliteAppFixture fixture, ClassShared<TestTenant> tenant)
    : InputValidation_Tests<SqliteAppFixture>(fixture, tenant);
