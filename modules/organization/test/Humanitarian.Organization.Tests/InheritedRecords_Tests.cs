using System.Net.Http.Headers;
using System.Net;
using System.Text.Json.Nodes;
using System.Text;
using Humanitarian.Framework.MultiTenancy;
using static Humanitarian.TestBase.TenantTestData;

namespace Humanitarian.Organization.Tests;

/// <summary>
/// After a merger (2025) the heir reads its predecessor's documents and committees as closed records:
/// labelled with the former name, citable, never changed. A district reads its province's documents
/// the same way; a tenant outside the line still finds nothing.
/// </summary>
public abstract class InheritedRecords_Tests<TFixture>(TFixture fixture) where TFixture : AppFixture
{
    private const string ReadOnlyCode = "Abp.MultiTenancy.InheritedRecordIsReadOnly";

    private sealed record Records(Guid Document, Guid Attachment, Guid Committee, Guid Member);

    private static async Task<Guid> PostAsync(ApiClient client, string url, object body) =>
        (await client.SendExpectingAsync(HttpMethod.Post, url, body, HttpStatusCode.OK))!["id"]!.GetValue<Guid>();

    private static async Task<Records> CreateRecordsAsync(ApiClient admin)
    {
        var document = await PostAsync(admin, "/api/app/document",
            new { kind = "Plan", number = "12/KH-HCTĐ", issueDate = "2024-03-01", issuer = "Hội Chữ thập đỏ tỉnh" });
        var upload = await UploadAsync(admin, document);
        upload.StatusCode.ShouldBe(HttpStatusCode.OK);
        var attachment = JsonNode.Parse(await upload.Content.ReadAsStringAsync())!["id"]!.GetValue<Guid>();
        var committee = await PostAsync(admin, "/api/app/committee",
            new { name = "Ban vận động Quỹ Nhân đạo tỉnh", kind = "FundraisingBoard", establishingDocumentId = document });
        var member = await PostAsync(admin, $"/api/app/committee/{committee}/member",
            new { fullName = "Phạm Thị Lan", position = "Head", termStart = "2022-01-01" });
        return new Records(document, attachment, committee, member);
    }

    private static Task<HttpResponseMessage> UploadAsync(ApiClient client, Guid document)
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(Encoding.ASCII.GetBytes("%PDF-1.4\n%%EOF\n"));
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        form.Add(file, "file", "ke-hoach.pdf");
        return client.SendAsync(HttpMethod.Post, $"/api/app/document/{document}/attachment", null, r => r.Content = form);
    }

    /// <summary>A tenant with a document, attachment, committee and member, merged into a fresh heir.</summary>
    private async Task<(TestTenant Source, TestTenant Heir, Records Records)> ArrangeMergedAsync()
    {
        var source = await CreateTenantAsync(fixture);
        var heir = await CreateTenantAsync(fixture);
        Records records;
        using (var sourceAdmin = await SignInAdminAsync(fixture, source))
        {
            records = await CreateRecordsAsync(sourceAdmin);
        }
        await MergeAsync(source, heir);
        return (source, heir, records);
    }

    private async Task MergeAsync(TestTenant source, TestTenant heir)
    {
        using var host = await fixture.SignInAsync(null, "admin");
        await host.SendExpectingAsync(HttpMethod.Post, $"/api/multi-tenancy/tenants/{source.Id}/merge",
            new { successorId = heir.Id }, HttpStatusCode.OK);
    }

    private static JsonObject Find(JsonObject list, Guid id) =>
        list["items"]!.AsArray().Single(i => i!["id"]!.GetValue<Guid>() == id)!.AsObject();

    private static void ShouldBeInherited(JsonObject record, TestTenant source)
    {
        record["tenantId"]!.GetValue<Guid>().ShouldBe(source.Id);
        record["formerTenantName"]!.GetValue<string>().ShouldBe(DisplayNameOf(source.Name) + " (cũ)");
    }

    [Fact]
    public async Task Should_let_the_heir_read_and_cite_its_predecessors_records()
    {
        var (source, heir, records) = await ArrangeMergedAsync();
        using var heirAdmin = await SignInAdminAsync(fixture, heir);

        ShouldBeInherited(Find(await heirAdmin.GetJsonAsync<JsonObject>("/api/app/document"), records.Document), source);
        ShouldBeInherited(Find(await heirAdmin.GetJsonAsync<JsonObject>("/api/app/committee"), records.Committee), source);
        var document = await heirAdmin.GetJsonAsync<JsonObject>($"/api/app/document/{records.Document}");
        ShouldBeInherited(document, source);
        document["attachments"]!.AsArray().Count.ShouldBe(1);
        ShouldBeInherited(await heirAdmin.GetJsonAsync<JsonObject>($"/api/app/committee/{records.Committee}"), source);
        // The merger ended the running term: the member is in the committee's history.
        Ids((await heirAdmin.GetJsonAsync<JsonObject>($"/api/app/committee/{records.Committee}/members?includeEnded=true"))["items"])
            .ShouldBe([records.Member]);
        (await heirAdmin.GetAsync($"/api/app/document/{records.Document}/attachment/{records.Attachment}")).StatusCode
            .ShouldBe(HttpStatusCode.OK);

        // The heir's own records cite the predecessor's plan and are its own.
        var own = await heirAdmin.SendExpectingAsync(HttpMethod.Post, "/api/app/document", new
        {
            kind = "Plan", number = "1/KH-HCTĐ", issueDate = "2025-07-10", issuer = "Hội Chữ thập đỏ tỉnh",
            legalBasis = new[] { new { documentId = records.Document } },
        }, HttpStatusCode.OK);
        own!["legalBasis"]![0]!["reference"]!.GetValue<string>().ShouldBe("12/KH-HCTĐ");
        own["tenantId"]!.GetValue<Guid>().ShouldBe(heir.Id);
        own["formerTenantName"].ShouldBeNull();
        await PostAsync(heirAdmin, "/api/app/committee",
            new { name = "Ban vận động tỉnh mới", kind = "FundraisingBoard", establishingDocumentId = records.Document });
    }

    [Fact]
    public async Task Should_not_let_the_heir_change_or_add_to_its_predecessors_records()
    {
        var (source, heir, records) = await ArrangeMergedAsync();
        using var heirAdmin = await SignInAdminAsync(fixture, heir);

        var (document, committee) = (records.Document, records.Committee);
        var requests = new (HttpMethod Method, string Url, object? Body)[]
        {
            (HttpMethod.Put, $"/api/app/document/{document}", new { kind = "Plan", issuer = "Sửa hồ sơ cũ" }),
            (HttpMethod.Delete, $"/api/app/document/{document}", null),
            (HttpMethod.Delete, $"/api/app/document/{document}/attachment/{records.Attachment}", null),
            (HttpMethod.Put, $"/api/app/committee/{committee}", new { name = "Sửa hồ sơ cũ", kind = "FundraisingBoard" }),
            (HttpMethod.Delete, $"/api/app/committee/{committee}", null),
            (HttpMethod.Post, $"/api/app/committee/{committee}/member", new { fullName = "Người mới", position = "Member", termStart = "2025-08-01" }),
            (HttpMethod.Put, $"/api/app/committee/{committee}/member/{records.Member}", new { fullName = "Sửa hồ sơ cũ" }),
            (HttpMethod.Post, $"/api/app/committee/{committee}/end-member-term", new { memberId = records.Member }),
            (HttpMethod.Post, $"/api/app/committee/{committee}/replace-member", new { memberId = records.Member, fullName = "Người mới", termStart = "2025-08-01" }),
            (HttpMethod.Post, "/api/app/committee", new { name = "Ban con", kind = "FundraisingBoard", parentId = committee }),
        };
        foreach (var (method, url, body) in requests)
        {
            var refused = await heirAdmin.SendExpectingAsync(method, url, body, HttpStatusCode.BadRequest);
            refused!["error"]!["code"]!.GetValue<string>().ShouldBe(ReadOnlyCode, $"{method} {url}");
        }
        var upload = await UploadAsync(heirAdmin, document);
        upload.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await ApiClient.ReadErrorAsync(upload))["code"]!.GetValue<string>().ShouldBe(ReadOnlyCode);

        // Nothing changed.
        var read = await heirAdmin.GetJsonAsync<JsonObject>($"/api/app/document/{document}");
        read["issuer"]!.GetValue<string>().ShouldBe("Hội Chữ thập đỏ tỉnh");
        read["attachments"]!.AsArray().Count.ShouldBe(1);
        (await heirAdmin.GetJsonAsync<JsonObject>($"/api/app/committee/{committee}/members?includeEnded=true"))["items"]!
            .AsArray().Count.ShouldBe(1);
        (await heirAdmin.GetJsonAsync<JsonObject>($"/api/app/committee?parentId={committee}"))["totalCount"]!.GetValue<long>().ShouldBe(0);
    }

    [Fact]
    public async Task Should_show_a_predecessors_records_read_only_on_the_pages()
    {
        var (source, heir, records) = await ArrangeMergedAsync();
        using var heirAdmin = await SignInAdminAsync(fixture, heir);
        var formerName = DisplayNameOf(source.Name) + " (cũ)";

        foreach (var list in new[] { "/Organization/Documents", "/Organization/Committees" })
        {
            var html = await PageAsync(heirAdmin, list);
            html.ShouldContain($">{formerName}</span>", customMessage: list);
            html.ShouldNotContain("Edit?id=", customMessage: list);
        }
        var document = await PageAsync(heirAdmin, $"/Organization/Documents/Details?id={records.Document}");
        document.ShouldContain($"Hồ sơ của {formerName}, đơn vị đã sáp nhập/giải thể — chỉ xem.");
        document.ShouldContain("handler=Download");
        document.ShouldNotContain("handler=Upload");
        document.ShouldNotContain("handler=Delete");
        document.ShouldNotContain("Edit?id=");
        var committee = await PageAsync(heirAdmin, $"/Organization/Committees/Details?id={records.Committee}");
        committee.ShouldContain($"Hồ sơ của {formerName}, đơn vị đã sáp nhập/giải thể — chỉ xem.");
        committee.ShouldNotContain("AddMember?id=");
        committee.ShouldNotContain("Edit?id=");

        // An edit page typed in by hand sends the user back to the record, read-only.
        foreach (var edit in new[]
                 {
                     $"/Organization/Documents/Edit?id={records.Document}", $"/Organization/Committees/Edit?id={records.Committee}",
                     $"/Organization/Committees/AddMember?id={records.Committee}",
                     $"/Organization/Committees/EditMember?id={records.Committee}&memberId={records.Member}",
                 })
        {
            var response = await heirAdmin.GetAsync(edit);
            response.StatusCode.ShouldBe(HttpStatusCode.Redirect, edit);
            response.Headers.Location!.OriginalString.ShouldContain("/Details?id=", Case.Insensitive, edit);
        }

        // A refused change is shown on the page, not as an error page.
        var delete = await heirAdmin.SendAsync(HttpMethod.Post, $"/Organization/Documents/Details?id={records.Document}&handler=Delete", null);
        var refused = await delete.Content.ReadAsStringAsync();
        delete.StatusCode.ShouldBe(HttpStatusCode.OK, refused);
        refused.ShouldContain("form-errors");
        refused.ShouldContain("chỉ được xem");
    }

    private static async Task<string> PageAsync(ApiClient client, string url)
    {
        var response = await client.GetAsync(url);
        var html = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, html);
        return html;
    }

    [Fact]
    public async Task Should_not_show_a_predecessors_records_to_another_tenant()
    {
        var (source, heir, records) = await ArrangeMergedAsync();
        using var other = await NewTenantAdminAsync(fixture);

        foreach (var url in new[]
                 {
                     $"/api/app/document/{records.Document}", $"/api/app/document/{records.Document}/attachment/{records.Attachment}",
                     $"/api/app/committee/{records.Committee}",
                 })
        {
            await other.SendExpectingAsync(HttpMethod.Get, url, null, HttpStatusCode.NotFound);
        }
        var cite = await other.SendExpectingAsync(HttpMethod.Post, "/api/app/document",
            new { kind = "Plan", issuer = "UBND", legalBasis = new[] { new { documentId = records.Document } } }, HttpStatusCode.BadRequest);
        ValidationMembers(cite).ShouldBe(["legalBasis[0].documentId"]);
    }

    [Fact]
    public async Task Should_let_a_district_open_its_provinces_and_national_documents_read_only_but_not_a_siblings()
    {
        var province = await CreateTenantAsync(fixture);
        var district = await CreateTenantAsync(fixture, province.Id);
        var sibling = await CreateTenantAsync(fixture, province.Id);
        Records provinceRecords;
        using (var provinceAdmin = await SignInAdminAsync(fixture, province))
        {
            provinceRecords = await CreateRecordsAsync(provinceAdmin);
        }
        Guid siblingDocument;
        using (var siblingAdmin = await SignInAdminAsync(fixture, sibling))
        {
            siblingDocument = await PostAsync(siblingAdmin, "/api/app/document", new { kind = "Plan", issuer = "Hội Chữ thập đỏ huyện" });
        }
        using var host = await fixture.SignInAsync(null, "admin");
        var national = (await host.GetJsonAsync<JsonObject>("/api/app/document?filter=300/KH-TWHCTĐ"))["items"]![0]!["id"]!.GetValue<Guid>();
        using var districtAdmin = await SignInAdminAsync(fixture, district);

        var (document, attachment) = (provinceRecords.Document, provinceRecords.Attachment);
        var read = await districtAdmin.GetJsonAsync<JsonObject>($"/api/app/document/{document}");
        read["tenantId"]!.GetValue<Guid>().ShouldBe(province.Id);
        read["formerTenantName"].ShouldBeNull();
        (await districtAdmin.GetAsync($"/api/app/document/{document}/attachment/{attachment}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await districtAdmin.GetJsonAsync<JsonObject>($"/api/app/document/{national}"))["tenantId"].ShouldBeNull();

        // Read-only: for writing, the province's document is not the district's.
        await districtAdmin.SendExpectingAsync(HttpMethod.Put, $"/api/app/document/{document}",
            new { kind = "Plan", issuer = "Sửa văn bản cấp trên" }, HttpStatusCode.NotFound);
        await districtAdmin.SendExpectingAsync(HttpMethod.Delete, $"/api/app/document/{document}", null, HttpStatusCode.NotFound);
        (await UploadAsync(districtAdmin, document)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        // Nor in its list.
        (await districtAdmin.GetJsonAsync<JsonObject>("/api/app/document"))["totalCount"]!.GetValue<long>().ShouldBe(0);

        var page = await PageAsync(districtAdmin, $"/Organization/Documents/Details?id={document}");
        page.ShouldContain("Văn bản của cấp trên — chỉ xem.");
        page.ShouldNotContain("Edit?id=");
        (await districtAdmin.GetAsync($"/Organization/Documents/Edit?id={document}")).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        await districtAdmin.SendExpectingAsync(HttpMethod.Get, $"/api/app/document/{siblingDocument}", null, HttpStatusCode.NotFound);
        (await districtAdmin.GetAsync($"/Organization/Documents/Details?id={siblingDocument}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        using var provinceAdminAgain = await SignInAdminAsync(fixture, province);
        (await provinceAdminAgain.GetJsonAsync<JsonObject>($"/api/app/document/{document}"))["issuer"]!.GetValue<string>()
            .ShouldBe("Hội Chữ thập đỏ tỉnh");
        await provinceAdminAgain.SendExpectingAsync(HttpMethod.Get, $"/api/app/document/{siblingDocument}", null, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Should_let_a_district_still_read_its_former_provinces_documents_after_the_province_merged()
    {
        var province = await CreateTenantAsync(fixture);
        var district = await CreateTenantAsync(fixture, province.Id);
        var heir = await CreateTenantAsync(fixture);
        Guid plan;
        using (var provinceAdmin = await SignInAdminAsync(fixture, province))
        {
            plan = await PostAsync(provinceAdmin, "/api/app/document", new { kind = "Plan", number = "5/KH-HCTĐ", issuer = "Hội Chữ thập đỏ tỉnh" });
        }
        await MergeAsync(province, heir); // the district now sits under the heir
        using var districtAdmin = await SignInAdminAsync(fixture, district);

        (await districtAdmin.GetJsonAsync<JsonObject>($"/api/app/document/{plan}"))["tenantId"]!.GetValue<Guid>().ShouldBe(province.Id);
        await PostAsync(districtAdmin, "/api/app/document",
            new { kind = "Plan", issuer = "Hội Chữ thập đỏ huyện", legalBasis = new[] { new { documentId = plan } } });
    }
}

[Collection(Collections.Sqlite)]
public sealed class InheritedRecords_Sqlite_Tests(SqliteAppFixture fixture) : InheritedRecords_Tests<SqliteAppFixture>(fixture);

// On both databases: the tenant filter is widened to the predecessors' and ancestors' rows for reading only.
[Collection(Collections.MySql)]
public sealed class InheritedRecords_MySql_Tests(MySqlAppFixture fixture) : InheritedRecords_Tests<MySqlAppFixture>(fixture);
