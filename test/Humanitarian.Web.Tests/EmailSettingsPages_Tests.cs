using System.Net;
using System.Text.Json.Nodes;

namespace Humanitarian.Web.Tests;

/// <summary>The e-mail settings page and its test e-mail form, as a tenant's admin and as the host use them.</summary>
public abstract class EmailSettingsPages_Tests<TFixture>(TFixture fixture) where TFixture : AppFixture
{
    private static async Task<string> TextAsync(HttpResponseMessage response) =>
        WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

    private static Task<HttpResponseMessage> PostFormAsync(ApiClient client, string url, Dictionary<string, string> form) =>
        client.SendAsync(HttpMethod.Post, url, null, r => r.Content = new FormUrlEncodedContent(form));

    [Fact]
    public async Task Should_show_a_tenant_the_national_defaults_and_no_server_when_the_host_allows_none()
    {
        await SmtpSink.SetHostServerAsync(fixture, allowTenantServers: false);
        using var admin = await TenantTestData.SignInAdminAsync(fixture, await TenantTestData.CreateTenantAsync(fixture));

        var response = await admin.GetAsync("/SettingManagement/Emailing");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = await TextAsync(response);
        page.ShouldContain("Trung ương chưa cho phép các địa phương dùng máy chủ riêng.");
        page.ShouldContain("Mặc định của Trung ương: noreply@humanitarian.local");
        page.ShouldNotContain("name=\"Input.SmtpHost\"");
        page.ShouldContain("Khôi phục mặc định của Trung ương");
    }

    [Fact]
    public async Task Should_keep_the_password_unseen_and_mark_invalid_fields_in_vietnamese()
    {
        using var admin = await SmtpSink.NewTenantAdminWithOwnServerAsync(fixture, 2600);
        await admin.SendExpectingAsync(HttpMethod.Post, "/api/setting-management/emailing", new
        {
            smtpHost = "127.0.0.1", smtpPort = 2600, smtpUserName = "hoi-ctd", smtpPassword = "mat-khau-bi-mat",
        }, HttpStatusCode.OK);

        var page = await TextAsync(await admin.GetAsync("/SettingManagement/Emailing"));
        page.ShouldNotContain("mat-khau-bi-mat");
        page.ShouldContain("Đã lưu mật khẩu (không hiển thị). Để trống để giữ nguyên.");

        var refused = await PostFormAsync(admin, "/SettingManagement/Emailing", new()
        {
            ["Input.SmtpHost"] = "127.0.0.1", ["Input.SmtpPort"] = "70000", ["Input.SmtpUserName"] = "hoi-ctd",
            ["Input.DefaultFromAddress"] = "khong-phai-email",
        });
        refused.StatusCode.ShouldBe(HttpStatusCode.OK);
        var form = await TextAsync(refused);
        form.ShouldContain("Trường Cổng phải nằm trong khoảng từ 1 đến 65535.");
        form.ShouldContain("Trường Địa chỉ người gửi không phải là địa chỉ e-mail hợp lệ.");

        // Saved with an empty password: the stored one is kept.
        var saved = await PostFormAsync(admin, "/SettingManagement/Emailing", new()
        {
            ["Input.SmtpHost"] = "127.0.0.1", ["Input.SmtpPort"] = "2601", ["Input.SmtpUserName"] = "hoi-ctd", ["Input.SmtpPassword"] = "",
        });
        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var settings = await admin.GetJsonAsync<JsonObject>("/api/setting-management/emailing");
        (settings["smtpPort"]!.GetValue<int>(), settings["hasSmtpPassword"]!.GetValue<bool>()).ShouldBe((2601, true));
    }

    [Fact]
    public async Task Should_go_back_to_the_national_defaults_and_refuse_that_to_the_host()
    {
        using var admin = await SmtpSink.NewTenantAdminWithOwnServerAsync(fixture, 2600);

        var reset = await PostFormAsync(admin, "/SettingManagement/Emailing?handler=Reset", []);

        reset.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var settings = await admin.GetJsonAsync<JsonObject>("/api/setting-management/emailing");
        settings["isSmtpServerInherited"]!.GetValue<bool>().ShouldBeTrue();
        settings["defaultFromAddress"].ShouldBeNull();
        settings["defaultFromDisplayName"].ShouldBeNull();
        settings["hostDefaultFromAddress"]!.GetValue<string>().ShouldBe("noreply@humanitarian.local");
        using var host = await TestData.SignInHostAdminAsync(fixture);
        await host.SendExpectingAsync(HttpMethod.Delete, "/api/setting-management/emailing", null, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Should_send_a_test_email_from_the_page_and_show_the_smtp_error_in_the_form()
    {
        using var admin = await SmtpSink.NewTenantAdminWithOwnServerAsync(fixture, SmtpSink.Port);
        var form = await TextAsync(await admin.GetAsync("/SettingManagement/SendTestEmail"));
        form.ShouldContain("value=\"nhacviec@example.org\"");
        var target = $"trang-thu-{Guid.NewGuid():N}@example.org";
        var fields = new Dictionary<string, string>
        {
            ["Input.SenderEmailAddress"] = "nhacviec@example.org", ["Input.TargetEmailAddress"] = target,
            ["Input.Subject"] = "Thư thử từ trang", ["Input.Body"] = "Xin chào",
        };

        var sent = await PostFormAsync(admin, "/SettingManagement/SendTestEmail", fields);

        sent.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        sent.Headers.Location!.OriginalString.ShouldBe("/SettingManagement/Emailing");
        SmtpSink.DeliveredTo(target).ShouldHaveSingleItem().Subject.ShouldBe("Thư thử từ trang");

        using var unreachable = await SmtpSink.NewTenantAdminWithOwnServerAsync(fixture, 1);
        var failed = await PostFormAsync(unreachable, "/SettingManagement/SendTestEmail", fields);
        failed.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await TextAsync(failed)).ShouldContain("Không gửi được e-mail thử: không kết nối được tới máy chủ SMTP");
    }

    [Fact]
    public async Task Should_offer_the_host_its_server_and_the_choice_for_tenants()
    {
        using var host = await TestData.SignInHostAdminAsync(fixture);

        var page = await TextAsync(await host.GetAsync("/SettingManagement/Emailing"));

        page.ShouldContain("name=\"Input.SmtpHost\"");
        page.ShouldContain("Cho phép tỉnh, thành, huyện dùng máy chủ SMTP riêng");
        page.ShouldNotContain("Khôi phục mặc định của Trung ương");
    }
}

[Collection(Collections.Sqlite)]
public sealed class EmailSettingsPages_Sqlite_Tests(SqliteAppFixture fixture) : EmailSettingsPages_Tests<SqliteAppFixture>(fixture);
