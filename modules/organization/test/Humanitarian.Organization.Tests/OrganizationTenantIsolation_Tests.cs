using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using static Humanitarian.TestBase.TenantTestData;

namespace Humanitarian.Organization.Tests;

/// <summary>Another tenant's units, areas, committees and documents do not exist for a tenant: 404, never a write.</summary>
public abstract class OrganizationTenantIsolation_Tests<TFixture>(TFixture fixture) where TFixture : AppFixture
{
    private sealed record Records(Guid Unit, Guid Contact, Guid Area, Guid Committee, Guid Member, Guid Document, Guid Attachment);

    private static async Task<Records> CreateRecordsAsync(ApiClient admin)
    {
        var area = (await admin.SendExpectingAsync(HttpMethod.Post, "/api/app/administrative-area",
            new { code = "020", name = "Huyện Thanh Trì", level = "District" }, HttpStatusCode.OK))!["id"]!.GetValue<Guid>();
        var unit = (await admin.SendExpectingAsync(HttpMethod.Post, "/api/app/unit",
            new { code = "HCTD-020", name = "Hội Chữ thập đỏ huyện Thanh Trì", kind = "RedCrossChapter", administrativeAreaId = area },
            HttpStatusCode.OK))!["id"]!.GetValue<Guid>();
        var contact = (await admin.SendExpectingAsync(HttpMethod.Post, $"/api/app/unit/{unit}/contact",
            new { name = "Lê Văn D", email = "d@example.org", receivesReminders = true }, HttpStatusCode.OK))!["id"]!.GetValue<Guid>();
        var committee = (await admin.SendExpectingAsync(HttpMethod.Post, "/api/app/committee",
            new { name = "Ban vận động huyện Thanh Trì", kind = "FundraisingBoard" }, HttpStatusCode.OK))!["id"]!.GetValue<Guid>();
        var member = (await admin.SendExpectingAsync(HttpMethod.Post, $"/api/app/committee/{committee}/member",
            new { fullName = "Trần Thị D", unitId = unit, position = "Head", termStart = "2019-01-01" }, HttpStatusCode.OK))!["id"]!.GetValue<Guid>();
        var document = (await admin.SendExpectingAsync(HttpMethod.Post, "/api/app/document",
            new { kind = "Plan", number = "01/KH-BVĐ", issueDate = "2019-02-01", issuer = "Ban vận động huyện", recipientUnitIds = new[] { unit } },
            HttpStatusCode.OK))!["id"]!.GetValue<Guid>();
        var upload = await UploadAsync(admin, document);
        upload.StatusCode.ShouldBe(HttpStatusCode.OK);
        var attachment = JsonNode.Parse(await upload.Content.ReadAsStringAsync())!["id"]!.GetValue<Guid>();
        return new Records(unit, contact, area, committee, member, document, attachment);
    }

    private static Task<HttpResponseMessage> UploadAsync(ApiClient client, Guid document)
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(Encoding.ASCII.GetBytes("%PDF-1.4\n%%EOF\n"));
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        form.Add(file, "file", "kh.pdf");
        return client.SendAsync(HttpMethod.Post, $"/api/app/document/{document}/attachment", null, r => r.Content = form);
    }

    [Fact]
    public async Task Should_not_let_a_tenant_list_read_change_or_delete_another_tenants_records()
    {
        using var adminA = await NewTenantAdminAsync(fixture);
        using var adminB = await NewTenantAdminAsync(fixture);
        var a = await CreateRecordsAsync(adminA);

        foreach (var list in new[] { "/api/app/unit", "/api/app/administrative-area", "/api/app/committee", "/api/app/document" })
        {
            (await adminB.GetJsonAsync<JsonObject>(list))["totalCount"]!.GetValue<long>().ShouldBe(0, list);
        }
        var unit = new { code = "X", name = "Chiếm quyền", kind = "Other", isActive = true };
        var requests = new (HttpMethod Method, string Url, object? Body)[]
        {
            (HttpMethod.Get, $"/api/app/unit/{a.Unit}", null),
            (HttpMethod.Put, $"/api/app/unit/{a.Unit}", unit),
            (HttpMethod.Delete, $"/api/app/unit/{a.Unit}", null),
            (HttpMethod.Get, $"/api/app/unit/{a.Unit}/contacts", null),
            (HttpMethod.Post, $"/api/app/unit/{a.Unit}/contact", new { name = "Chiếm quyền" }),
            (HttpMethod.Put, $"/api/app/unit/{a.Unit}/contact/{a.Contact}", new { name = "Chiếm quyền" }),
            (HttpMethod.Delete, $"/api/app/unit/{a.Unit}/contact/{a.Contact}", null),
            (HttpMethod.Get, $"/api/app/administrative-area/{a.Area}", null),
            (HttpMethod.Put, $"/api/app/administrative-area/{a.Area}", new { code = "X", name = "Chiếm quyền", level = "District" }),
            (HttpMethod.Delete, $"/api/app/administrative-area/{a.Area}", null),
            (HttpMethod.Get, $"/api/app/committee/{a.Committee}", null),
            (HttpMethod.Put, $"/api/app/committee/{a.Committee}", new { name = "Chiếm quyền", kind = "FundraisingBoard" }),
            (HttpMethod.Delete, $"/api/app/committee/{a.Committee}", null),
            (HttpMethod.Get, $"/api/app/committee/{a.Committee}/members?includeEnded=true", null),
            (HttpMethod.Post, $"/api/app/committee/{a.Committee}/member", new { fullName = "X", position = "Member", termStart = "2020-01-01" }),
            (HttpMethod.Put, $"/api/app/committee/{a.Committee}/member/{a.Member}", new { fullName = "Chiếm quyền" }),
            (HttpMethod.Post, $"/api/app/committee/{a.Committee}/end-member-term", new { memberId = a.Member }),
            (HttpMethod.Post, $"/api/app/committee/{a.Committee}/replace-member", new { memberId = a.Member, fullName = "X", termStart = "2024-01-01" }),
            (HttpMethod.Get, $"/api/app/document/{a.Document}", null),
            (HttpMethod.Put, $"/api/app/document/{a.Document}", new { kind = "Plan", issuer = "Chiếm quyền" }),
            (HttpMethod.Delete, $"/api/app/document/{a.Document}", null),
            (HttpMethod.Get, $"/api/app/document/{a.Document}/attachment/{a.Attachment}", null),
            (HttpMethod.Delete, $"/api/app/document/{a.Document}/attachment/{a.Attachment}", null),
        };
        foreach (var (method, url, body) in requests)
        {
            await adminB.SendExpectingAsync(method, url, body, HttpStatusCode.NotFound);
        }
        (await UploadAsync(adminB, a.Document)).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        // A's records are untouched.
        (await adminA.GetJsonAsync<JsonObject>($"/api/app/unit/{a.Unit}"))["contacts"]!.AsArray().Count.ShouldBe(1);
        (await adminA.GetJsonAsync<JsonObject>($"/api/app/committee/{a.Committee}/members"))["items"]!.AsArray().Count.ShouldBe(1);
        (await adminA.GetJsonAsync<JsonObject>($"/api/app/document/{a.Document}"))["attachments"]!.AsArray().Count.ShouldBe(1);
        (await adminA.GetJsonAsync<JsonObject>($"/api/app/administrative-area/{a.Area}"))["name"]!.GetValue<string>().ShouldBe("Huyện Thanh Trì");
    }

    [Fact]
    public async Task Should_not_let_a_tenant_link_its_records_to_another_tenants()
    {
        using var adminA = await NewTenantAdminAsync(fixture);
        using var adminB = await NewTenantAdminAsync(fixture);
        var a = await CreateRecordsAsync(adminA);
        var ownCommittee = (await adminB.SendExpectingAsync(HttpMethod.Post, "/api/app/committee",
            new { name = "Ban vận động", kind = "FundraisingBoard" }, HttpStatusCode.OK))!["id"]!.GetValue<Guid>();

        var links = new (string Url, object Body, string Member)[]
        {
            ("/api/app/unit", new { code = "X", name = "Con", kind = "Other", parentId = a.Unit }, "parentId"),
            ("/api/app/unit", new { code = "Y", name = "Nơi", kind = "Other", administrativeAreaId = a.Area }, "administrativeAreaId"),
            ("/api/app/administrative-area", new { code = "Z", name = "Xã", level = "Commune", parentId = a.Area }, "parentId"),
            ("/api/app/committee", new { name = "Ban con", kind = "FundraisingBoard", parentId = a.Committee }, "parentId"),
            ("/api/app/committee", new { name = "Ban", kind = "FundraisingBoard", establishingDocumentId = a.Document }, "establishingDocumentId"),
            ($"/api/app/committee/{ownCommittee}/member", new { fullName = "X", position = "Member", termStart = "2020-01-01", unitId = a.Unit }, "unitId"),
            ("/api/app/document", new { kind = "Plan", issuer = "UBND", issuerUnitId = a.Unit }, "issuerUnitId"),
            ("/api/app/document", new { kind = "Plan", issuer = "UBND", recipientUnitIds = new[] { a.Unit } }, "recipientUnitIds"),
            ("/api/app/document", new { kind = "Plan", issuer = "UBND", legalBasis = new[] { new { documentId = a.Document } } }, "legalBasis[0].documentId"),
        };
        foreach (var (url, body, member) in links)
        {
            var refused = await adminB.SendExpectingAsync(HttpMethod.Post, url, body, HttpStatusCode.BadRequest);
            ValidationMembers(refused).ShouldBe([member], url);
        }
    }
}

[Collection(Collections.Sqlite)]
public sealed class OrganizationTenantIsolation_Sqlite_Tests(SqliteAppFixture fixture) : OrganizationTenantIsolation_Tests<SqliteAppFixture>(fixture);

// On both databases: the tenant query filter is what is tested.
[Collection(Collections.MySql)]
public sealed class OrganizationTenantIsolation_MySql_Tests(MySqlAppFixture fixture) : OrganizationTenantIsolation_Tests<MySqlAppFixture>(fixture);
