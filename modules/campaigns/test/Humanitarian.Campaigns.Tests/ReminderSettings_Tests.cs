using System.Net;
using System.Text.Json.Nodes;
using Humanitarian.Framework.Timing;
using static Humanitarian.Campaigns.Tests.CampaignTestData;

namespace Humanitarian.Campaigns.Tests;

/// <summary>
/// A tenant's reminder policy (GET/PUT/DELETE /api/app/reminder/settings and "Cài đặt nhắc hạn"): the
/// national defaults until it sets its own, a policy that does not hold together refused naming the
/// field, the run following what was saved, and back to the defaults.
/// </summary>
public abstract class ReminderSettings_Tests<TFixture>(TFixture fixture) where TFixture : AppFixture
{
    [Fact]
    public async Task Should_inherit_the_national_policy_until_the_tenant_sets_its_own_and_remind_by_it()
    {
        var tenant = await CreateTenantAsync(fixture);
        using var admin = await SignInAdminAsync(fixture, tenant);
        var today = VietnamCalendar.Today(fixture.Factory.Clock);
        var inherited = await admin.GetJsonAsync<JsonObject>("/api/app/reminder/settings");
        inherited["isInherited"]!.GetValue<bool>().ShouldBeTrue();
        (inherited["firstNoticeDays"]!.GetValue<int>(), inherited["hostDefaults"]!["firstNoticeDays"]!.GetValue<int>()).ShouldBe((7, 7));

        var refused = await admin.PutAsync("/api/app/reminder/settings",
            new { isEnabled = true, firstNoticeDays = 2, lastNoticeDays = 5, repeatEveryDays = 3, escalateAfterDays = 7 });
        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var error = await ApiClient.ReadErrorAsync(refused);
        error["validationErrors"]!.AsArray().Single()!["members"]!.AsArray().Single()!.GetValue<string>().ShouldBe("lastNoticeDays");
        error["validationErrors"]![0]!["message"]!.GetValue<string>().ShouldContain("nhắc lần cuối");
        (await admin.PutAsync("/api/app/reminder/settings",
                new { isEnabled = true, firstNoticeDays = 91, lastNoticeDays = 1, repeatEveryDays = 3, escalateAfterDays = 7 }))
            .StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        var saved = (await admin.SendExpectingAsync(HttpMethod.Put, "/api/app/reminder/settings",
            new { isEnabled = true, firstNoticeDays = 10, lastNoticeDays = 2, repeatEveryDays = 5, escalateAfterDays = 11 }, HttpStatusCode.OK))!;
        (saved["isInherited"]!.GetValue<bool>(), saved["firstNoticeDays"]!.GetValue<int>(), saved["hostDefaults"]!["firstNoticeDays"]!.GetValue<int>())
            .ShouldBe((false, 10, 7));
        // Ten days before: the tenant's first notice, which the national policy would not send yet.
        var unit = await CreateUnitAsync(admin, "SS", "Hội Chữ thập đỏ huyện Sóc Sơn", "RedCrossChapter");
        await admin.SendExpectingAsync(HttpMethod.Post, $"/api/app/unit/{unit}/contact",
            new { name = "Nguyễn Văn A", email = $"soc-son-{tenant.Name}@example.org", receivesReminders = true }, HttpStatusCode.OK);
        var campaign = (await CreateCampaignAsync(admin, new
        {
            name = "Tháng Nhân đạo", kind = "HumanitarianMonth", startDate = Day(today, 0), endDate = Day(today, 60), participantUnitIds = new[] { unit },
        }))["id"]!.GetValue<Guid>();
        await CreateTaskAsync(admin, campaign, unit, Day(today, 10));
        (await admin.SendExpectingAsync(HttpMethod.Post, "/api/app/reminder/run", null, HttpStatusCode.OK))!["queued"]!.GetValue<int>().ShouldBe(1);

        await admin.SendExpectingAsync(HttpMethod.Delete, "/api/app/reminder/settings", null, HttpStatusCode.OK);
        (await admin.GetJsonAsync<JsonObject>("/api/app/reminder/settings"))["isInherited"]!.GetValue<bool>().ShouldBeTrue();
    }

    [Fact]
    public async Task Should_let_only_admins_change_the_policy_and_not_reset_the_national_one()
    {
        var tenant = await CreateTenantAsync(fixture);
        using var admin = await SignInAdminAsync(fixture, tenant);
        using var deputy = await SignInAsAsync(fixture, tenant, admin, "standing-deputy");
        using var host = await fixture.SignInAsync(null, "admin");

        (await deputy.GetAsync("/api/app/reminder/settings")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await deputy.PutAsync("/api/app/reminder/settings",
                new { isEnabled = false, firstNoticeDays = 7, lastNoticeDays = 1, repeatEveryDays = 3, escalateAfterDays = 7 }))
            .StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await host.DeleteAsync("/api/app/reminder/settings")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var national = await host.GetJsonAsync<JsonObject>("/api/app/reminder/settings");
        (national["isInherited"]!.GetValue<bool>(), national["hostDefaults"]).ShouldBe((false, null));
    }

    [Fact]
    public async Task Should_show_the_settings_page_with_the_national_defaults_and_refuse_a_bad_policy_in_vietnamese()
    {
        var tenant = await CreateTenantAsync(fixture);
        using var admin = await SignInAdminAsync(fixture, tenant);

        var page = WebUtility.HtmlDecode(await (await admin.GetAsync("/Campaigns/Reminders/Settings")).Content.ReadAsStringAsync());
        page.ShouldContain("Đơn vị đang dùng cài đặt mặc định toàn quốc");
        page.ShouldContain("7 ngày trước hạn, 1 ngày trước hạn, ngày thứ 1 quá hạn, ngày thứ 4 quá hạn, ngày thứ 7 quá hạn (báo lên lãnh đạo)");
        page.ShouldContain("Mặc định toàn quốc: 7 ngày");

        var posted = await admin.SendAsync(HttpMethod.Post, "/Campaigns/Reminders/Settings", null, r => r.Content = new FormUrlEncodedContent(
            new Dictionary<string, string>
            {
                ["Input.IsEnabled"] = "true", ["Input.FirstNoticeDays"] = "3", ["Input.LastNoticeDays"] = "5",
                ["Input.RepeatEveryDays"] = "3", ["Input.EscalateAfterDays"] = "7",
            }));
        posted.StatusCode.ShouldBe(HttpStatusCode.OK);
        WebUtility.HtmlDecode(await posted.Content.ReadAsStringAsync()).ShouldContain("Lời nhắc cuối trước hạn không thể sớm hơn lời nhắc đầu");
        (await admin.GetJsonAsync<JsonObject>("/api/app/reminder/settings"))["isInherited"]!.GetValue<bool>().ShouldBeTrue("nothing was saved");
    }
}

[Collection(Collections.Sqlite)]
public sealed class ReminderSettings_Sqlite_Tests(SqliteAppFixture fixture) : ReminderSettings_Tests<SqliteAppFixture>(fixture);

[Collection(Collections.MySql)]
public sealed class ReminderSettings_MySql_Tests(MySqlAppFixture fixture) : ReminderSettings_Tests<MySqlAppFixture>(fixture);
