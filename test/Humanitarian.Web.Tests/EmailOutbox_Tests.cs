using System.Net;
using System.Text.Json.Nodes;
using Humanitarian.Framework.Emailing;
using Humanitarian.Framework.MultiTenancy;
using Humanitarian.Web.Data;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;

namespace Humanitarian.Web.Tests;

/// <summary>The outbox for admins: filters, Excel export, and resend of what gave up, audited.</summary>
public abstract class EmailOutbox_Tests<TFixture>(TFixture fixture) where TFixture : AppFixture
{
    /// <summary>Puts a message straight into a tenant's outbox, in the state a test needs.</summary>
    private async Task<Guid> AddMessageAsync(
        string tenantName, string to, EmailMessageStatus status, DateTime? creationTime = null, string body = "Nội dung", bool isBodyHtml = false)
    {
        using var scope = fixture.Factory.Services.CreateScope();
        var services = scope.ServiceProvider;
        var tenantId = (await services.GetRequiredService<ITenantStore>().FindAsync(tenantName))!.Id;
        var message = new EmailMessage
        {
            TenantId = tenantId, To = to, Subject = "Nhắc hạn báo cáo", Body = body, IsBodyHtml = isBodyHtml, Status = status,
            TryCount = status == EmailMessageStatus.Failed ? EmailMessage.MaxTries : 0,
            LastError = status == EmailMessageStatus.Failed ? "Connection refused" : null,
            NextTryTime = DateTime.UtcNow.AddHours(1), CreationTime = creationTime ?? DateTime.UtcNow,
            SentTime = status == EmailMessageStatus.Sent ? DateTime.UtcNow : null,
        };
        var db = services.GetRequiredService<HumanitarianDbContext>();
        db.Add(message);
        await db.SaveChangesAsync();
        return message.Id;
    }

    [Fact]
    public async Task Should_deliver_a_failed_message_once_it_is_resent_and_audit_the_resend()
    {
        using var admin = await SmtpSink.NewTenantAdminWithOwnServerAsync(fixture, SmtpSink.Port);
        var tenant = admin.TenantName!;
        var to = $"gui-lai-{Guid.NewGuid():N}@example.org";
        var id = await AddMessageAsync(tenant, to, EmailMessageStatus.Failed);

        var resent = await admin.SendExpectingAsync(HttpMethod.Post, $"/api/app/email-message/{id}/resend", null, HttpStatusCode.OK);

        resent!["status"]!.GetValue<string>().ShouldBe("Queued");
        resent["tryCount"]!.GetValue<int>().ShouldBe(0);
        resent["nextTryTime"]!.GetValue<DateTime>().ShouldBeLessThanOrEqualTo(DateTime.UtcNow);
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while ((await admin.GetJsonAsync<JsonObject>($"/api/app/email-message/{id}"))["status"]!.GetValue<string>() != "Sent")
        {
            DateTime.UtcNow.ShouldBeLessThan(deadline, "the resent message was not delivered");
            using var scope = fixture.Factory.Services.CreateScope();
            await scope.ServiceProvider.GetRequiredService<EmailOutboxDispatcher>().DispatchAsync();
        }
        SmtpSink.DeliveredTo(to).ShouldHaveSingleItem().Subject.ShouldBe("Nhắc hạn báo cáo");
        var audit = await admin.GetJsonAsync<JsonObject>($"/api/audit-logging/audit-logs?entityType=EmailMessage&entityId={id}");
        var change = audit["items"]!.AsArray().ShouldHaveSingleItem()!["entityChanges"]!.AsArray().ShouldHaveSingleItem()!;
        change["propertyChanges"]!.AsArray().Select(p => $"{p!["propertyName"]}: {p["originalValue"]} → {p["newValue"]}")
            .ShouldBe(["Status: Failed → Queued", "TryCount: 8 → 0"], ignoreOrder: true);
    }

    [Theory]
    [InlineData(EmailMessageStatus.Queued, "Đang chờ gửi")]
    [InlineData(EmailMessageStatus.Sent, "Đã gửi")]
    public async Task Should_refuse_to_resend_a_message_that_did_not_fail_with_400(EmailMessageStatus status, string statusName)
    {
        using var admin = await SmtpSink.NewTenantAdminWithOwnServerAsync(fixture, 1);
        var tenant = admin.TenantName!;
        var id = await AddMessageAsync(tenant, "ai-do@example.org", status);

        var body = await admin.SendExpectingAsync(HttpMethod.Post, $"/api/app/email-message/{id}/resend", null, HttpStatusCode.BadRequest);

        body!["error"]!["message"]!.GetValue<string>()
            .ShouldBe($"Chỉ gửi lại được thư đã gửi thất bại; thư này đang ở trạng thái “{statusName}”.");
        (await admin.GetJsonAsync<JsonObject>($"/api/app/email-message/{id}"))["status"]!.GetValue<string>().ShouldBe(status.ToString());
    }

    [Fact]
    public async Task Should_answer_404_for_another_tenants_message()
    {
        using var owner = await SmtpSink.NewTenantAdminWithOwnServerAsync(fixture, 1);
        var ownerTenant = owner.TenantName!;
        var id = await AddMessageAsync(ownerTenant, "ai-do@example.org", EmailMessageStatus.Failed);
        using var other = await TenantTestData.SignInAdminAsync(fixture, await TenantTestData.CreateTenantAsync(fixture));

        await other.SendExpectingAsync(HttpMethod.Post, $"/api/app/email-message/{id}/resend", null, HttpStatusCode.NotFound);
        await other.SendExpectingAsync(HttpMethod.Get, $"/api/app/email-message/{id}", null, HttpStatusCode.NotFound);
        (await owner.GetJsonAsync<JsonObject>($"/api/app/email-message/{id}"))["status"]!.GetValue<string>().ShouldBe("Failed");
    }

    [Fact]
    public async Task Should_refuse_a_user_without_the_e_mail_permission_with_403()
    {
        var tenant = await TenantTestData.CreateTenantAsync(fixture);
        using var admin = await TenantTestData.SignInAdminAsync(fixture, tenant);
        using var officer = await TestData.SignInNewUserAsync(fixture, tenant, admin, "unit-officer");
        var id = await AddMessageAsync(tenant.Name, "ai-do@example.org", EmailMessageStatus.Failed);

        await officer.SendExpectingAsync(HttpMethod.Get, "/api/app/email-message", null, HttpStatusCode.Forbidden);
        await officer.SendExpectingAsync(HttpMethod.Post, $"/api/app/email-message/{id}/resend", null, HttpStatusCode.Forbidden);
        await officer.SendExpectingAsync(HttpMethod.Get, "/api/app/email-message/export-excel", null, HttpStatusCode.Forbidden);
        await officer.SendExpectingAsync(HttpMethod.Post, "/api/setting-management/emailing/send-test-email", new
        {
            senderEmailAddress = "a@example.org", targetEmailAddress = "b@example.org", subject = "x",
        }, HttpStatusCode.Forbidden);
        (await officer.GetAsync("/Emailing")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task Should_filter_by_status_recipient_and_vietnamese_day_and_export_the_filtered_list()
    {
        using var admin = await SmtpSink.NewTenantAdminWithOwnServerAsync(fixture, 1);
        var tenant = admin.TenantName!;
        // 23:30 UTC on 1 March is 06:30 on 2 March in Vietnam.
        await AddMessageAsync(tenant, "Chu-Tich@Example.org", EmailMessageStatus.Failed, new DateTime(2026, 3, 1, 23, 30, 0, DateTimeKind.Utc));
        await AddMessageAsync(tenant, "chu-tich@example.org", EmailMessageStatus.Sent, new DateTime(2026, 3, 2, 3, 0, 0, DateTimeKind.Utc));
        await AddMessageAsync(tenant, "pho-ban@example.org", EmailMessageStatus.Failed, new DateTime(2026, 3, 2, 3, 0, 0, DateTimeKind.Utc));
        await AddMessageAsync(tenant, "chu-tich@example.org", EmailMessageStatus.Failed, new DateTime(2026, 3, 2, 17, 30, 0, DateTimeKind.Utc));

        const string query = "status=Failed&filter=CHU-TICH&creationDateFrom=2026-03-02&creationDateTo=2026-03-02";
        var list = await admin.GetJsonAsync<JsonObject>("/api/app/email-message?" + query);

        list["totalCount"]!.GetValue<long>().ShouldBe(1);
        list["items"]![0]!["to"]!.GetValue<string>().ShouldBe("Chu-Tich@Example.org");
        var export = await admin.GetAsync("/api/app/email-message/export-excel?" + query);
        export.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var sheet = new MemoryStream(await export.Content.ReadAsByteArrayAsync());
        var row = sheet.Query(useHeaderRow: true).Cast<IDictionary<string, object?>>().ShouldHaveSingleItem();
        row["Thời gian tạo"].ShouldBe("02/03/2026 06:30");
        row["Người nhận"].ShouldBe("Chu-Tich@Example.org");
        row["Trạng thái"].ShouldBe("Gửi thất bại");
        row["Lỗi gần nhất"].ShouldBe("Connection refused");
    }

    [Fact]
    public async Task Should_render_the_pages_for_an_admin_with_an_html_body_kept_out_of_the_page()
    {
        using var admin = await SmtpSink.NewTenantAdminWithOwnServerAsync(fixture, 1);
        var tenant = admin.TenantName!;
        var id = await AddMessageAsync(tenant, "hien-thi@example.org", EmailMessageStatus.Failed,
            body: "<p>Xin chào</p><script>alert('x')</script>", isBodyHtml: true);

        var list = await admin.GetAsync("/Emailing?status=Failed&from=01/01/2020");
        list.StatusCode.ShouldBe(HttpStatusCode.OK);
        var listHtml = await list.Content.ReadAsStringAsync();
        listHtml.ShouldContain("hien-thi@example.org");
        listHtml.ShouldContain("Gửi thất bại");
        var details = await admin.GetAsync($"/Emailing/Details?id={id}");
        details.StatusCode.ShouldBe(HttpStatusCode.OK);
        var detailsHtml = await details.Content.ReadAsStringAsync();
        detailsHtml.ShouldContain("sandbox=\"\"");
        detailsHtml.ShouldContain("&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;");
        detailsHtml.ShouldNotContain("<script>alert");

        // The page's resend goes through the service: back to the queue, then a second one is refused in the page.
        var resend = await admin.SendAsync(HttpMethod.Post, $"/Emailing/Details?handler=Resend&id={id}", null,
            r => r.Content = new FormUrlEncodedContent(new Dictionary<string, string>()));
        resend.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var again = await admin.SendAsync(HttpMethod.Post, $"/Emailing/Details?handler=Resend&id={id}", null,
            r => r.Content = new FormUrlEncodedContent(new Dictionary<string, string>()));
        again.StatusCode.ShouldBe(HttpStatusCode.OK);
        WebUtility.HtmlDecode(await again.Content.ReadAsStringAsync()).ShouldContain("Chỉ gửi lại được thư đã gửi thất bại");
    }
}

[Collection(Collections.Sqlite)]
public sealed class EmailOutbox_Sqlite_Tests(SqliteAppFixture fixture) : EmailOutbox_Tests<SqliteAppFixture>(fixture);
