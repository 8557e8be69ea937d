using System.Net;
using Humanitarian.Campaigns.Services.Reminders;
using Humanitarian.Framework.Data;
using Humanitarian.Framework.Emailing;
using Humanitarian.Framework.MultiTenancy;
using Humanitarian.Framework.Timing;
using Humanitarian.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Humanitarian.Campaigns.Tests.CampaignTestData;

namespace Humanitarian.Campaigns.Tests;

/// <summary>
/// The Monday digest: a committee's head and standing deputy get what is overdue in the campaigns it
/// steers, once a week; a parent tenant's admins get how many of its children are late, counts only.
/// </summary>
public abstract class ReminderDigest_Tests<TFixture>(TFixture fixture) where TFixture : AppFixture
{
    [Fact]
    public async Task Should_send_the_committees_head_and_deputy_one_digest_a_week_of_what_is_overdue_in_its_campaigns()
    {
        var tenant = await CreateTenantAsync(fixture);
        using var admin = await SignInAdminAsync(fixture, tenant);
        var today = VietnamCalendar.Today(fixture.Factory.Clock);
        var monday = NextMonday(today.AddDays(6));
        var late = await CreateUnitAsync(admin, "SS", "Hội Chữ thập đỏ huyện Sóc Sơn", "RedCrossChapter");
        var onTime = await CreateUnitAsync(admin, "BD", "Hội Chữ thập đỏ quận Ba Đình", "RedCrossChapter");
        var committee = await CreateCommitteeAsync(admin, "Ban chỉ đạo Tháng Nhân đạo", "SteeringCommittee");
        var (head, deputy, member) = (UniqueName("truong-ban"), UniqueName("pho-ban"), UniqueName("uy-vien"));
        foreach (var (userName, position, role) in new[]
                 { (head, "Head", "committee-head"), (deputy, "StandingDeputy", "standing-deputy"), (member, "Member", "committee-member") })
        {
            var user = await CreateUserAsync(admin, userName, null, role);
            await AddMemberAsync(admin, committee, new { fullName = "Lê Văn " + position, userId = user, position, termStart = Day(today, -100) });
        }
        var steered = await CreateRunningCampaignAsync(admin, "Tháng Nhân đạo", today, committee, late, onTime);
        await CreateTaskAsync(admin, steered, late, Day(monday, -3), "Báo cáo Tháng Nhân đạo");
        await CreateTaskAsync(admin, steered, onTime, Day(monday, 5), "Báo cáo quý");
        var unsteered = await CreateRunningCampaignAsync(admin, "Tết Nhân ái", today, committeeId: null, late);
        await CreateTaskAsync(admin, unsteered, late, Day(monday, -2), "Danh sách hộ nghèo nhận quà Tết");

        try
        {
            await fixture.Factory.SetVietnamTimeAsync(monday.AddDays(-1), TimeSpan.FromHours(7));
            await RunDailyJobAsync();
            (await QueuedToAsync($"{head}@example.org")).ShouldBeEmpty("Sunday is no digest day");
            await fixture.Factory.SetVietnamTimeAsync(monday, TimeSpan.FromHours(7));
            await RunDailyJobAsync();
            await RunDailyJobAsync(); // another server, or a second run the same week
        }
        finally
        {
            await fixture.Factory.ResetClockAsync();
        }

        (await QueuedToAsync($"{member}@example.org")).ShouldBeEmpty("a plain member gets no digest");
        (await QueuedToAsync($"{deputy}@example.org")).Count.ShouldBe(1);
        var digest = (await QueuedToAsync($"{head}@example.org")).ShouldHaveSingleItem();
        digest.Subject.ShouldBe($"[Tổng hợp tuần {monday:dd/MM/yyyy}] 1 nhiệm vụ quá hạn chưa báo cáo");
        var html = WebUtility.HtmlDecode(digest.Body);
        html.ShouldContain("Hội Chữ thập đỏ huyện Sóc Sơn");
        html.ShouldContain("Báo cáo Tháng Nhân đạo");
        html.ShouldContain("3 ngày");
        html.ShouldNotContain("Báo cáo quý");
        html.ShouldNotContain("Danh sách hộ nghèo", customMessage: "a campaign without a committee is no committee's scope");
    }

    [Fact]
    public async Task Should_tell_a_parent_tenants_admins_how_many_children_are_late_with_counts_only()
    {
        using var host = await fixture.SignInAsync(null, "admin");
        var province = await CreateTenantAsync(host, displayName: "Tỉnh Khánh Hòa " + UniqueName());
        var today = VietnamCalendar.Today(fixture.Factory.Clock);
        var monday = NextMonday(today.AddDays(6));
        var overdue = new[] { 2, 1, 0 };
        var districts = new List<TestTenant>();
        for (var i = 0; i < overdue.Length; i++)
        {
            var district = await CreateTenantAsync(host, province.Id, displayName: $"Huyện {i} {UniqueName()}");
            districts.Add(district);
            using var districtAdmin = await SignInAdminAsync(fixture, district);
            var unit = await CreateUnitAsync(districtAdmin, "XA", "Chi hội xã Cam Hải", "RedCrossChapter");
            var campaign = await CreateRunningCampaignAsync(districtAdmin, "Tháng Nhân đạo", today, committeeId: null, unit);
            for (var t = 0; t < overdue[i]; t++)
            {
                await CreateTaskAsync(districtAdmin, campaign, unit, Day(monday, -2), "Bí mật của huyện " + t);
            }
            await CreateTaskAsync(districtAdmin, campaign, unit, Day(monday, 3), "Chưa đến hạn");
        }

        int queued;
        try
        {
            await fixture.Factory.SetVietnamTimeAsync(monday, TimeSpan.FromHours(7));
            queued = await SendDigestAsync(province);
            (await SendDigestAsync(province)).ShouldBe(0, "once a week");
        }
        finally
        {
            await fixture.Factory.ResetClockAsync();
        }

        queued.ShouldBe(1); // the province's admin; it has no committee with overdue work of its own
        var summary = (await QueuedToAsync($"admin@{province.Name}.test.local")).ShouldHaveSingleItem();
        summary.Subject.ShouldBe($"[Tổng hợp tuần {monday:dd/MM/yyyy}] 2/3 địa phương cấp dưới có nhiệm vụ quá hạn");
        var html = WebUtility.HtmlDecode(summary.Body);
        html.ShouldContain($"<td>{districts[0].DisplayName}</td><td>2</td>");
        html.ShouldContain($"<td>{districts[1].DisplayName}</td><td>1</td>");
        html.ShouldNotContain(districts[2].DisplayName);
        html.ShouldNotContain("Bí mật", customMessage: "a parent sees its children's counts, never their rows");
    }

    private async Task RunDailyJobAsync()
    {
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        await ActivatorUtilities.CreateInstance<ReminderJob>(scope.ServiceProvider).RunForAllTenantsAsync();
    }

    private async Task<int> SendDigestAsync(TestTenant tenant)
    {
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        using var _ = scope.ServiceProvider.GetRequiredService<ICurrentTenant>().Change(tenant.Id);
        return await scope.ServiceProvider.GetRequiredService<ReminderDigest>().SendAsync();
    }

    private async Task<List<EmailMessage>> QueuedToAsync(string address)
    {
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        using var _ = scope.ServiceProvider.GetRequiredService<IDataFilter>().Disable<IMultiTenant>();
        return await scope.ServiceProvider.GetRequiredService<HumanitarianDbContext>().Set<EmailMessage>()
            .Where(m => m.To == address && m.Subject.StartsWith("[Tổng hợp tuần")).ToListAsync();
    }

    private static DateOnly NextMonday(DateOnly from) => from.AddDays(((int)DayOfWeek.Monday - (int)from.DayOfWeek + 7) % 7);
}

[Collection(Collections.Sqlite)]
public sealed class ReminderDigest_Sqlite_Tests(SqliteAppFixture fixture) : ReminderDigest_Tests<SqliteAppFixture>(fixture);

[Collection(Collections.MySql)]
public sealed class ReminderDigest_MySql_Tests(MySqlAppFixture fixture) : ReminderDigest_Tests<MySqlAppFixture>(fixture);
