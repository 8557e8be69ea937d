using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using static Humanitarian.TestBase.TenantTestData;
using static Humanitarian.TestBase.AttachmentFiles;
using static Humanitarian.Organization.Tests.DocumentAttachmentFiles;

namespace Humanitarian.Organization.Tests;

/// <summary>PDF, DOCX and XLSX attachments, checked by extension and content, size-limited, stored with a hash.</summary>
public abstract class DocumentAttachments_Tests<TFixture>(TFixture fixture, ClassShared<TestTenant> classTenant)
    : IClassFixture<ClassShared<TestTenant>> where TFixture : AppFixture
{

    [Fact]
    public async Task Should_accept_word_and_excel_files_whose_content_matches_their_extension()
    {
        using var admin = await classTenant.SharedTenantAdminAsync(fixture);
        var document = await CreateDocumentAsync(admin);

        var docx = await UploadExpectingAsync(admin, document, "cong-van.DOCX", OfficePackage("word/"), HttpStatusCode.OK);
        var xlsx = await UploadExpectingAsync(admin, document, "danh-sach.xlsx", OfficePackage("xl/"), HttpStatusCode.OK);
        var wordNamedExcel = await UploadExpectingAsync(admin, document, "bang-tinh.xlsx", OfficePackage("word/"), HttpStatusCode.BadRequest);

        docx["contentType"]!.GetValue<string>().ShouldBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        xlsx["contentType"]!.GetValue<string>().ShouldBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        ValidationMembers(wordNamedExcel).ShouldBe(["file"]);
    }

    [Fact]
    public async Task Should_refuse_a_program_renamed_to_pdf_and_other_file_types()
    {
        using var admin = await classTenant.SharedTenantAdminAsync(fixture);
        var document = await CreateDocumentAsync(admin);

        var renamed = await UploadExpectingAsync(admin, document, "ke-hoach.pdf", WindowsProgram, HttpStatusCode.BadRequest);
        var program = await UploadExpectingAsync(admin, document, "setup.exe", WindowsProgram, HttpStatusCode.BadRequest);
        var zipNamedWord = await UploadExpectingAsync(admin, document, "van-ban.docx", Encoding.ASCII.GetBytes("PK\x03\x04 not a zip"), HttpStatusCode.BadRequest);

        ValidationMembers(renamed).ShouldBe(["file"]);
        renamed["error"]!["validationErrors"]![0]!["message"]!.GetValue<string>().ShouldContain("ke-hoach.pdf");
        ValidationMembers(program).ShouldBe(["file"]);
        program["error"]!["validationErrors"]![0]!["message"]!.GetValue<string>().ShouldBe("Chỉ nhận tệp PDF, DOCX hoặc XLSX.");
        ValidationMembers(zipNamedWord).ShouldBe(["file"]);
        (await admin.GetJsonAsync<JsonObject>($"/api/app/document/{document}"))["attachments"]!.AsArray().ShouldBeEmpty();
    }

    [Fact]
    public async Task Should_refuse_a_file_over_the_size_limit()
    {
        using var admin = await classTenant.SharedTenantAdminAsync(fixture);
        var document = await CreateDocumentAsync(admin);
        var tooLarge = new byte[10 * 1024 * 1024 + 1];
        Pdf.CopyTo(tooLarge, 0);

        var refused = await UploadExpectingAsync(admin, document, "ban-scan.pdf", tooLarge, HttpStatusCode.BadRequest);

        ValidationMembers(refused).ShouldBe(["file"]);
        refused["error"]!["validationErrors"]![0]!["message"]!.GetValue<string>().ShouldContain("10 MB");
        var missing = await admin.SendExpectingAsync(HttpMethod.Post, $"/api/app/document/{document}/attachment", null, HttpStatusCode.BadRequest);
        ValidationMembers(missing).ShouldBe(["file"]);
    }

    [Fact]
    public async Task Should_delete_an_attachment_and_keep_downloads_for_those_who_may_read_documents()
    {
        var tenant = await classTenant.TenantAsync(fixture);
        using var admin = await SignInAdminAsync(fixture, tenant);
        var document = await CreateDocumentAsync(admin);
        var attachment = (await UploadExpectingAsync(admin, document, "a.pdf", Pdf, HttpStatusCode.OK))["id"]!.GetValue<Guid>();
        var url = $"/api/app/document/{document}/attachment/{attachment}";
        var viewerName = UniqueName("viewer");
        await CreateUserAsync(admin, viewerName, null, "viewer");
        var memberName = UniqueName("member");
        await CreateUserAsync(admin, memberName, null, "committee-member");
        using var viewer = await fixture.SignInAsync(tenant.Name, viewerName, TestTenant.AdminPassword);
        using var member = await fixture.SignInAsync(tenant.Name, memberName, TestTenant.AdminPassword);

        await viewer.SendExpectingAsync(HttpMethod.Get, url, null, HttpStatusCode.Forbidden);
        (await member.GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.OK);
        await member.SendExpectingAsync(HttpMethod.Delete, url, null, HttpStatusCode.Forbidden);

        await admin.SendExpectingAsync(HttpMethod.Delete, url, null, HttpStatusCode.OK);
        await admin.SendExpectingAsync(HttpMethod.Get, url, null, HttpStatusCode.NotFound);
        (await admin.GetJsonAsync<JsonObject>($"/api/app/document/{document}"))["attachments"]!.AsArray().ShouldBeEmpty();
    }

    [Fact]
    public async Task Should_keep_only_the_last_segment_of_a_file_name_sent_as_a_path_of_either_kind()
    {
        using var admin = await classTenant.SharedTenantAdminAsync(fixture);
        var document = await CreateDocumentAsync(admin);

        foreach (var sent in new[] { @"..\..\Windows\Kế hoạch.pdf", "../../etc/Kế hoạch.pdf", @"C:\Users\an\Kế hoạch.pdf", "a/b\\Kế hoạch.pdf" })
        {
            var attachment = await UploadExpectingAsync(admin, document, sent, Pdf, HttpStatusCode.OK);
            attachment["fileName"]!.GetValue<string>().ShouldBe("Kế hoạch.pdf", sent);
        }
        var listed = (await admin.GetJsonAsync<JsonObject>($"/api/app/document/{document}"))["attachments"]!.AsArray();
        listed.Select(a => a!["fileName"]!.GetValue<string>()).ShouldAllBe(name => name == "Kế hoạch.pdf");
    }
}

[Collection(Collections.Sqlite)]
public sealed class DocumentAttachments_Sqlite_Tests(SqliteAppFixture fixture, ClassShared<TestTenant> tenant)
    : DocumentAttachments_Tests<SqliteAppFixture>(fixture, tenant);

/// <summary>Documents to attach files to, and their upload.</summary>
public static class DocumentAttachmentFiles
{
    public static async Task<Guid> CreateDocumentAsync(ApiClient admin) =>
        (await admin.SendExpectingAsync(HttpMethod.Post, "/api/app/document", new
        {
            kind = "Plan", number = UniqueName("3553/KH"), issueDate = "2019-09-03", issuer = "Ban vận động tài chính Quỹ thành phố",
        }, HttpStatusCode.OK))!["id"]!.GetValue<Guid>();

    public static Task<HttpResponseMessage> UploadAsync(ApiClient client, Guid documentId, string fileName, byte[] content) =>
        AttachmentFiles.UploadAsync(client, $"/api/app/document/{documentId}/attachment", fileName, content);

    public static Task<JsonNode> UploadExpectingAsync(ApiClient client, Guid documentId, string fileName, byte[] content, HttpStatusCode expected) =>
        AttachmentFiles.UploadExpectingAsync(client, $"/api/app/document/{documentId}/attachment", fileName, content, expected);
}

/// <summary>An attachment is stored with its hash and served back byte for byte.</summary>
public abstract class DocumentAttachmentStorage_Tests<TFixture>(TFixture fixture) where TFixture : AppFixture
{
    [Fact]
    public async Task Should_store_a_pdf_with_its_hash_and_serve_it_back()
    {
        using var admin = await NewTenantAdminAsync(fixture);
        var document = await CreateDocumentAsync(admin);

        var attachment = await UploadExpectingAsync(admin, document, "Kế hoạch 3553.pdf", Pdf, HttpStatusCode.OK);

        attachment["fileName"]!.GetValue<string>().ShouldBe("Kế hoạch 3553.pdf");
        attachment["contentType"]!.GetValue<string>().ShouldBe("application/pdf");
        attachment["size"]!.GetValue<long>().ShouldBe(Pdf.Length);
        attachment["sha256"]!.GetValue<string>().ShouldBe(Convert.ToHexStringLower(SHA256.HashData(Pdf)));
        var listed = (await admin.GetJsonAsync<JsonObject>($"/api/app/document/{document}"))["attachments"]!.AsArray().ShouldHaveSingleItem()!;
        listed["id"]!.GetValue<Guid>().ShouldBe(attachment["id"]!.GetValue<Guid>());

        var download = await admin.GetAsync($"/api/app/document/{document}/attachment/{attachment["id"]}");
        download.StatusCode.ShouldBe(HttpStatusCode.OK);
        download.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        download.Content.Headers.ContentDisposition!.FileNameStar.ShouldBe("Kế hoạch 3553.pdf");
        (await download.Content.ReadAsByteArrayAsync()).ShouldBe(Pdf);
    }
}

[Collection(Collections.Sqlite)]
public sealed class DocumentAttachmentStorage_Sqlite_Tests(SqliteAppFixture fixture) : DocumentAttachmentStorage_Tests<SqliteAppFixture>(fixture);

// On both databases: the file's bytes are a binary column read back exactly, with its hash and Vietnamese name.
[Collection(Collections.MySql)]
public sealed class DocumentAttachmentStorage_MySql_Tests(MySqlAppFixture fixture) : DocumentAttachmentStorage_Tests<MySqlAppFixture>(fixture);
