using System.Net;
using System.Text.Json.Nodes;
using static Humanitarian.TestBase.TenantTestData;
using static Humanitarian.Organization.Tests.DocumentsApi;

namespace Humanitarian.Organization.Tests;

/// <summary>Official documents: number unique per issuer and year, recipients, legal basis, search.</summary>
public abstract class Documents_Tests<TFixture>(TFixture fixture) where TFixture : AppFixture
{
    [Fact]
    public async Task Should_create_a_document_with_recipients_and_legal_basis()
    {
        using var admin = await NewTenantAdminAsync(fixture);
        using var host = await fixture.SignInAsync(null, "admin");
        var national = (await host.GetJsonAsync<JsonObject>("/api/app/document?filter=300/KH-TWHCTĐ"))["items"]![0]!["id"]!.GetValue<Guid>();
        var health = await CreateUnitAsync(admin, "SO-YTE", "Sở Y tế");
        var redCross = await CreateUnitAsync(admin, "HCTD", "Hội Chữ thập đỏ tỉnh", "RedCrossChapter");
        var decision = await CreateDocumentAsync(admin, new
        {
            kind = "Decision", number = "1381/QĐ-UBND", issueDate = "2018-05-29", issuer = "Ủy ban nhân dân tỉnh",
        });

        var created = await admin.SendExpectingAsync(HttpMethod.Post, "/api/app/document", new
        {
            kind = "Plan", number = "30/KH-BCĐMTCMCN", issueDate = "2019-03-26", issuer = SteeringCommittee, issuerUnitId = redCross,
            summary = "Kế hoạch tổ chức thực hiện Cuộc vận động",
            recipientUnitIds = new[] { health, redCross },
            legalBasis = new object[]
            {
                new { documentId = national }, new { documentId = decision }, new { reference = "Quyết định 588/QĐ-TTg" },
            },
        }, HttpStatusCode.OK);

        var read = await admin.GetJsonAsync<JsonObject>($"/api/app/document/{created!["id"]}");
        read["issueDate"]!.GetValue<string>().ShouldBe("2019-03-26");
        read["issuerUnitId"]!.GetValue<Guid>().ShouldBe(redCross);
        read["recipientUnitIds"]!.AsArray().Select(r => r!.GetValue<Guid>()).ShouldBe([health, redCross], ignoreOrder: true);
        var basis = read["legalBasis"]!.AsArray();
        Strings(basis, "reference").ShouldBe(["300/KH-TWHCTĐ", "1381/QĐ-UBND", "Quyết định 588/QĐ-TTg"]);
        basis.Select(b => b!["documentId"]?.GetValue<Guid>()).ShouldBe([national, decision, null]);
    }

    [Fact]
    public async Task Should_refuse_a_number_repeated_by_the_same_issuer_in_the_same_year()
    {
        using var admin = await NewTenantAdminAsync(fixture);
        var issuerUnit = await CreateUnitAsync(admin, "UBND", "Ủy ban nhân dân tỉnh", "PeopleCommittee");
        await CreateDocumentAsync(admin, Plan());
        await CreateDocumentAsync(admin, Plan("3553/KH-UBND", "2019-09-03", "Ủy ban nhân dân tỉnh", issuerUnit));

        var repeats = new[]
        {
            Plan("30/kh-bcdmtcmcn", "2019-12-01"), // case and marks folded
            Plan("30/KH - BCĐMTCMCN", "2019-01-02", SteeringCommittee.ToUpperInvariant()), // spaces and issuer folded
            Plan("3553/KH-UBND", "2019-10-10", "UBND tỉnh", issuerUnit), // the same issuing unit, spelled otherwise
        };
        foreach (var repeat in repeats)
        {
            var refused = await admin.SendExpectingAsync(HttpMethod.Post, "/api/app/document", repeat, HttpStatusCode.BadRequest);
            ValidationMembers(refused).ShouldBe(["number"]);
            refused!["error"]!["validationErrors"]![0]!["message"]!.GetValue<string>().ShouldContain("2019");
        }

        await CreateDocumentAsync(admin, Plan(issueDate: "2020-03-26")); // next year
        var otherIssuer = await CreateDocumentAsync(admin, Plan(issuer: "Hội Chữ thập đỏ tỉnh"));
        var update = await admin.SendExpectingAsync(HttpMethod.Put, $"/api/app/document/{otherIssuer}", Plan(), HttpStatusCode.BadRequest);
        ValidationMembers(update).ShouldBe(["number"]);
    }

    [Fact]
    public async Task Should_search_by_number_or_text_without_diacritics_and_by_date()
    {
        using var admin = await NewTenantAdminAsync(fixture);
        var plan = await CreateDocumentAsync(admin, Plan());
        var letter = await CreateDocumentAsync(admin, new
        {
            kind = "OfficialLetter", number = "954-CV/ThU", issueDate = "2024-04-26", issuer = "Thành ủy Bảo Lộc",
            summary = "Triển khai “Tháng nhân đạo năm 2024” với chủ đề “Hành trình nhân đạo - Trao nhận yêu thương”.",
        });

        async Task<List<Guid>> FindAsync(string query) =>
            Ids((await admin.GetJsonAsync<JsonObject>("/api/app/document?" + query))["items"]);

        (await FindAsync("filter=bcdmtcmcn")).ShouldBe([plan]);
        (await FindAsync("filter=" + Uri.EscapeDataString("30/KH-BCĐ"))).ShouldBe([plan]);
        (await FindAsync("filter=trao nhan yeu thuong")).ShouldBe([letter]);
        (await FindAsync("filter=DIA CHI NHAN DAO")).ShouldBe([plan]);
        (await FindAsync("fromDate=2020-01-01")).ShouldBe([letter]);
        (await FindAsync("fromDate=2019-03-26&toDate=2019-03-26")).ShouldBe([plan]);
        (await FindAsync("kind=OfficialLetter")).ShouldBe([letter]);
        (await FindAsync("sorting=issueDate")).ShouldBe([plan, letter]);
        var backwards = await admin.SendExpectingAsync(HttpMethod.Get, "/api/app/document?fromDate=2024-01-01&toDate=2023-01-01", null,
            HttpStatusCode.BadRequest);
        ValidationMembers(backwards).ShouldBe(["toDate"]);
    }

    [Fact]
    public async Task Should_answer_409_to_a_stale_update_and_free_the_number_of_a_deleted_document()
    {
        using var admin = await NewTenantAdminAsync(fixture);
        var created = await admin.SendExpectingAsync(HttpMethod.Post, "/api/app/document", Plan(), HttpStatusCode.OK);
        var id = created!["id"]!.GetValue<Guid>();
        var stale = created["concurrencyStamp"]!.GetValue<string>();
        var changed = System.Text.Json.JsonSerializer.SerializeToNode(Plan(), ApiClient.Json)!.AsObject();
        changed["concurrencyStamp"] = stale;
        var unit = await CreateUnitAsync(admin, "SO-YTE", "Sở Y tế");
        changed["recipientUnitIds"] = new JsonArray(unit);
        // Only a recipient changes: the document's stamp is still renewed, so the second writer is refused.
        var updated = await admin.SendExpectingAsync(HttpMethod.Put, $"/api/app/document/{id}", changed, HttpStatusCode.OK);
        updated!["concurrencyStamp"]!.GetValue<string>().ShouldNotBe(stale);
        changed["recipientUnitIds"] = new JsonArray();
        await admin.SendExpectingAsync(HttpMethod.Put, $"/api/app/document/{id}", changed, HttpStatusCode.Conflict);
        (await admin.GetJsonAsync<JsonObject>($"/api/app/document/{id}"))["recipientUnitIds"]!.AsArray().Count.ShouldBe(1);

        await admin.SendExpectingAsync(HttpMethod.Delete, $"/api/app/document/{id}", null, HttpStatusCode.OK);
        await admin.SendExpectingAsync(HttpMethod.Get, $"/api/app/document/{id}", null, HttpStatusCode.NotFound);
        await CreateDocumentAsync(admin, Plan());
    }
}

[Collection(Collections.Sqlite)]
public sealed class Documents_Sqlite_Tests(SqliteAppFixture fixture) : Documents_Tests<SqliteAppFixture>(fixture);

// On both databases: the number is unique on folded values per issuer and year, search is folded, dates and sorting are the database's.
[Collection(Collections.MySql)]
public sealed class Documents_MySql_Tests(MySqlAppFixture fixture) : Documents_Tests<MySqlAppFixture>(fixture);

/// <summary>Each invalid field of a document is named, and nothing is written: SQLite only.</summary>
public abstract class DocumentFields_Tests<TFixture>(TFixture fixture) where TFixture : AppFixture
{
    [Fact]
    public async Task Should_name_each_invalid_field()
    {
        using var admin = await NewTenantAdminAsync(fixture);
        using var otherAdmin = await NewTenantAdminAsync(fixture);
        var foreignDocument = await CreateDocumentAsync(otherAdmin, Plan());

        var empty = await admin.SendExpectingAsync(HttpMethod.Post, "/api/app/document", new { }, HttpStatusCode.BadRequest);
        ValidationMembers(empty).ShouldBe(["kind", "issuer"], ignoreOrder: true);
        var cases = new (object Body, string Member)[]
        {
            (new { kind = "Plan", issuer = "UBND", number = new string('9', 65) }, "number"),
            (new { kind = "Plan", issuer = "UBND", summary = new string('á', 4001) }, "summary"),
            (new { kind = "Plan", issuer = "UBND", issueDate = "26/03/2019" }, "issueDate"),
            (new { kind = "Plan", issuer = "UBND", issuerUnitId = Guid.NewGuid() }, "issuerUnitId"),
            (new { kind = "Plan", issuer = "UBND", recipientUnitIds = new[] { Guid.NewGuid() } }, "recipientUnitIds"),
            (new { kind = "Plan", issuer = "UBND", legalBasis = new[] { new { documentId = foreignDocument } } }, "legalBasis[0].documentId"),
            (new { kind = "Plan", issuer = "UBND", legalBasis = new[] { new { reference = " " } } }, "legalBasis[0].reference"),
        };
        foreach (var (body, member) in cases)
        {
            var refused = await admin.SendExpectingAsync(HttpMethod.Post, "/api/app/document", body, HttpStatusCode.BadRequest);
            ValidationMembers(refused).ShouldBe([member]);
        }
        (await admin.GetJsonAsync<JsonObject>("/api/app/document"))["totalCount"]!.GetValue<long>().ShouldBe(0);
    }
}

[Collection(Collections.Sqlite)]
public sealed class DocumentFields_Sqlite_Tests(SqliteAppFixture fixture) : DocumentFields_Tests<SqliteAppFixture>(fixture);

/// <summary>A document as the document tests create it.</summary>
public static class DocumentsApi
{
    public const string SteeringCommittee = "Ban Chỉ đạo Cuộc vận động “Mỗi tổ chức, mỗi cá nhân gắn với một địa chỉ nhân đạo” tỉnh";

    public static object Plan(string number = "30/KH-BCĐMTCMCN", string issueDate = "2019-03-26", string issuer = SteeringCommittee,
        Guid? issuerUnitId = null) => new
    {
        kind = "Plan", number, issueDate, issuer, issuerUnitId,
        signer = "Đặng Minh Hưng – Phó Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo",
        title = "Kế hoạch tổ chức thực hiện Cuộc vận động giai đoạn 2019-2021",
        summary = "Mỗi địa chỉ nhân đạo được trợ giúp từ 300.000đ/tháng trở lên.",
    };

    public static async Task<Guid> CreateDocumentAsync(ApiClient admin, object document) =>
        (await admin.SendExpectingAsync(HttpMethod.Post, "/api/app/document", document, HttpStatusCode.OK))!["id"]!.GetValue<Guid>();
}
