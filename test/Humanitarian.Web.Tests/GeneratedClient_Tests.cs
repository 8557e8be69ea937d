using System.Net.Http.Headers;
using System.Reflection;
using static Humanitarian.TestBase.TenantTestData;

namespace Humanitarian.Web.Tests;

/// <summary>
/// A partner system's script, written only with the typed calls of the C# client NSwag generates from the
/// live document (compiled in the test, so reached through <c>dynamic</c>): a token for a tenant's user, a
/// unit created, read, listed a page at a time and updated with its concurrency stamp, and the API's
/// errors read as the typed error body.
/// </summary>
public abstract class GeneratedClient_Tests<TFixture>(TFixture fixture, ClassShared<TestTenant> shared)
    : IClassFixture<ClassShared<TestTenant>> where TFixture : AppFixture
{
    [Fact]
    public async Task Should_sign_in_create_read_list_and_update_units_through_the_generated_client()
    {
        var (client, http) = await SignedInClientAsync();
        using var _ = http;
        dynamic units = client.New("UnitClient", http);
        var prefix = UniqueName("gc").ToUpperInvariant();

        foreach (var code in new[] { "A", "B", "C" })
        {
            dynamic create = client.New("CreateUnitDto");
            create.Code = $"{prefix}-{code}";
            create.Name = $"Đơn vị {code} {prefix}";
            create.Kind = client.Enum("UnitKind", "RedCrossChapter");
            await units.CreateAsync(idempotency_Key: null, body: create);
        }
        dynamic page = await units.GetListAsync(parentId: null, kind: null, isActive: null, filter: prefix,
            sorting: "code desc", skipCount: 1, maxResultCount: 1);
        ((long)page.TotalCount).ShouldBe(3);
        dynamic listed = ((IEnumerable<object>)page.Items).Single();
        ((string)listed.Code).ShouldBe($"{prefix}-B");
        ((string)listed.Kind.ToString()).ShouldBe("RedCrossChapter");

        dynamic read = await units.GetAsync(id: listed.Id);
        ((string)read.Name).ShouldBe($"Đơn vị B {prefix}");
        dynamic update = client.New("UpdateUnitDto");
        update.Code = read.Code;
        update.Name = "Hội Chữ thập đỏ đổi tên";
        update.Kind = read.Kind;
        update.IsActive = true;
        update.ConcurrencyStamp = read.ConcurrencyStamp;
        dynamic updated = await units.UpdateAsync(id: read.Id, body: update);
        ((string)updated.Name).ShouldBe("Hội Chữ thập đỏ đổi tên");
        ((string)updated.ConcurrencyStamp).ShouldNotBe((string)read.ConcurrencyStamp);

        // The stamp read before that update is stale now: 409 with ABP's error body.
        update.Name = "Ghi đè";
        var conflict = await ErrorOfAsync(() => units.UpdateAsync(id: read.Id, body: update));
        ((int)conflict.StatusCode).ShouldBe(409);
        ((string)conflict.Result.Error.Code).ShouldBe("Abp.ConcurrencyConflict");
    }

    [Fact]
    public async Task Should_read_a_validation_error_as_the_typed_error_body()
    {
        var (client, http) = await SignedInClientAsync();
        using var _ = http;
        dynamic units = client.New("UnitClient", http);
        dynamic create = client.New("CreateUnitDto");
        create.Code = new string('X', 65);
        create.Name = "Mã quá dài";
        create.Kind = client.Enum("UnitKind", "Other");

        var error = await ErrorOfAsync(() => units.CreateAsync(idempotency_Key: null, body: create));

        ((int)error.StatusCode).ShouldBe(400);
        ((object)error).GetType().GetGenericArguments().Single().Name.ShouldBe("RemoteServiceErrorResponse");
        dynamic validation = ((IEnumerable<object>)error.Result.Error.ValidationErrors).Single();
        ((IEnumerable<string>)validation.Members).ShouldBe(["code"]);
        ((string)validation.Message).ShouldNotBeNullOrWhiteSpace();
    }

    /// <summary>The client, and an HttpClient carrying a bearer token its TokenClient got for the tenant's admin.</summary>
    private async Task<(Assembly Client, HttpClient Http)> SignedInClientAsync()
    {
        var tenant = await shared.TenantAsync(fixture);
        var client = await GeneratedCSharpClient.LoadAsync(fixture);
        var http = fixture.Factory.CreateApiClient();
        dynamic tokens = client.New("TokenClient", http);
        dynamic request = client.New("TokenRequest");
        request.Grant_type = "password";
        request.Client_id = "Humanitarian_App";
        request.Username = "admin";
        request.Password = TestTenant.AdminPassword;
        request.Scope = "Humanitarian";
        dynamic token = await tokens.TokenAsync(__tenant: tenant.Name, body: request);
        ((string)token.Token_type).ShouldBe("Bearer");
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", (string)token.Access_token);
        return (client, http);
    }

    /// <summary>The generated <c>ApiException&lt;T&gt;</c> a call throws.</summary>
    private static async Task<dynamic> ErrorOfAsync(Func<dynamic> call)
    {
        try
        {
            await call();
        }
        catch (Exception e) when (e.GetType().Name == "ApiException`1")
        {
            return e;
        }
        throw new ShouldAssertException("The call succeeded; an error was expected.");
    }
}

[Collection(Collections.Sqlite)]
public sealed class GeneratedClient_Sqlite_Tests(SqliteAppFixture fixture, ClassShared<TestTenant> shared)
    : GeneratedClient_Tests<SqliteAppFixture>(fixture, shared);

// Concurrency stamps, paging and sorting are the database's work.
[Collection(Collections.MySql)]
public sealed class GeneratedClient_MySql_Tests(MySqlAppFixture fixture, ClassShared<TestTenant> shared)
    : GeneratedClient_Tests<MySqlAppFixture>(fixture, shared);
