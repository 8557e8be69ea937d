using System.Net;
using System.Text.Json.Nodes;
using Humanitarian.Campaigns.Services.Reminders;
using Humanitarian.Framework.Timing;
using Microsoft.Extensions.DependencyInjection;
using static Humanitarian.Campaigns.Tests.CampaignTestData;

namespace Humanitarian.Campaigns.Tests;

/// <summary>
/// The reminder policy run through the API on the app's clock: which step goes to whom on which day,
/// each once, stopped by the report, in the tenant's own scope; delivered through the SMTP sink.
/// </summary>
public abstract class Reminders_Tests<TFixture>(TFixture fixture) where TFixture : AppFixture
{
    private static readonly TimeSpan EightInTheMorning = TimeSpan.FromHours(8);

    [Fact]
    public async Task Should_send_each_step_once_on_its_day_to_the_units_contacts_then_escalate_to_the_deputy_and_admins()
    {
        var plan = await PlanAsync();
        var days = new Dictionary<int, int>();
        try
        {
            for (var day = -8; day <= 10; day++)
            {
                await SetVietnamTimeAsync(plan.DueDate, day, EightInTheMorning);
                days[day] = await RunAsync(plan.Tenant);
                // A second run the same day queues nothing new.
                (await RunAsync(plan.Tenant)).ShouldBe(0, $"second run on day {day}");
            }
        }
        finally
        {
            await fixture.Factory.ResetClockAsync();
        }

        days.Where(d => d.Value > 0).ShouldBe(new Dictionary<int, int> { [-7] = 1, [-1] = 1, [1] = 1, [4] = 1, [7] = 3, [10] = 3 });
        var history = await HistoryAsync(plan, plan.Task);
        history.Select(r => (r["step"]!.GetValue<string>(), r["scheduledDate"]!.GetValue<string>(), r["recipient"]!.GetValue<string>(),
                r["recipientKind"]!.GetValue<string>()))
            .OrderBy(r => r.Item2).ThenBy(r => r.Item4).ShouldBe([
                ("Before7Days", Day(plan.DueDate, -7), plan.ContactEmail, "UnitContact"),
                ("Before1Day", Day(plan.DueDate, -1), plan.ContactEmail, "UnitContact"),
                ("Overdue1Day", Day(plan.DueDate, 1), plan.ContactEmail, "UnitContact"),
                ("OverdueRepeat", Day(plan.DueDate, 4), plan.ContactEmail, "UnitContact"),
                ("Escalation", Day(plan.DueDate, 7), plan.AdminEmail, "Admin"),
                ("Escalation", Day(plan.DueDate, 7), plan.DeputyEmail, "StandingDeputy"),
                ("Escalation", Day(plan.DueDate, 7), plan.ContactEmail, "UnitContact"),
                ("Escalation", Day(plan.DueDate, 10), plan.AdminEmail, "Admin"),
                ("Escalation", Day(plan.DueDate, 10), plan.DeputyEmail, "StandingDeputy"),
                ("Escalation", Day(plan.DueDate, 10), plan.ContactEmail, "UnitContact"),
            ]);
        history.ShouldAllBe(r => r["messageId"]!.GetValue<string>().StartsWith('<'));
    }

    [Fact]
    public async Task Should_move_to_the_overdue_step_at_midnight_in_hanoi_not_at_midnight_utc()
    {
        var plan = await PlanAsync();
        try
        {
            // 23:59:59 on the due date in Hà Nội is 16:59:59 UTC: still the due date, the notice of the day before is due.
            await SetVietnamTimeAsync(plan.DueDate, 0, new TimeSpan(23, 59, 59));
            (await RunAsync(plan.Tenant)).ShouldBe(1);
            fixture.Factory.Clock.Advance(TimeSpan.FromSeconds(1));
            (await RunAsync(plan.Tenant)).ShouldBe(1);
        }
        finally
        {
            await fixture.Factory.ResetClockAsync();
        }

        (await HistoryAsync(plan, plan.Task)).Select(r => r["step"]!.GetValue<string>()).Order().ShouldBe(["Before1Day", "Overdue1Day"]);
    }

    [Fact]
    public async Task Should_send_one_reminder_not_every_missed_one_after_a_week_of_downtime()
    {
        var plan = await PlanAsync();
        try
        {
            await SetVietnamTimeAsync(plan.DueDate, 9, EightInTheMorning);
            (await RunAsync(plan.Tenant)).ShouldBe(3);
        }
        finally
        {
            await fixture.Factory.ResetClockAsync();
        }

        var history = await HistoryAsync(plan, plan.Task);
        history.ShouldAllBe(r => r["step"]!.GetValue<string>() == "Escalation" && r["scheduledDate"]!.GetValue<string>() == Day(plan.DueDate, 7));
        history.Select(r => r["recipient"]!.GetValue<string>()).Order().ShouldBe(new[] { plan.AdminEmail, plan.ContactEmail, plan.DeputyEmail }.Order());
    }

    [Fact]
    public async Task Should_stop_reminding_a_unit_once_it_has_reported_and_not_ask_for_a_locked_report()
    {
        var reported = await PlanAsync();
        var late = await PlanAsync();
        try
        {
            await SetVietnamTimeAsync(reported.DueDate, 1, EightInTheMorning);
            (await RunAsync(reported.Tenant)).ShouldBe(1);
            using (var admin = await SignInAdminAsync(fixture, reported.Tenant))
            {
                await admin.SendExpectingAsync(HttpMethod.Post, $"/api/app/task-assignment/{reported.Task}/submit", new { note = "Đã tổ chức" },
                    HttpStatusCode.OK);
            }
            await SetVietnamTimeAsync(reported.DueDate, 4, EightInTheMorning);
            (await RunAsync(reported.Tenant)).ShouldBe(0);
            // Reports are locked 30 days after the campaign's end, the 50th day after the due date: then no more asking.
            await SetVietnamTimeAsync(late.DueDate, 49, EightInTheMorning);
            (await RunAsync(late.Tenant)).ShouldBe(3);
            await SetVietnamTimeAsync(late.DueDate, 52, EightInTheMorning);
            (await RunAsync(late.Tenant)).ShouldBe(0);
        }
        finally
        {
            await fixture.Factory.ResetClockAsync();
        }
    }

    [Fact]
    public async Task Should_keep_each_tenants_reminders_to_itself_and_let_only_who_may_run_them()
    {
        var plan = await PlanAsync();
        var other = await CreateTenantAsync(fixture);
        try
        {
            await SetVietnamTimeAsync(plan.DueDate, -7, EightInTheMorning);
            (await RunAsync(other)).ShouldBe(0);
            (await RunAsync(plan.Tenant)).ShouldBe(1);
        }
        finally
        {
            await fixture.Factory.ResetClockAsync();
        }

        // Signed in after the clock is back: a session idle for the month the clock jumped may be gone.
        using var otherAdmin = await SignInAdminAsync(fixture, other);
        using var admin = await SignInAdminAsync(fixture, plan.Tenant);
        using var officer = await SignInAsAsync(fixture, plan.Tenant, admin, "unit-officer", plan.Unit);
        var theirs = await otherAdmin.GetJsonAsync<JsonObject>($"/api/app/reminder/history?taskAssignmentId={plan.Task}");
        theirs["totalCount"]!.GetValue<int>().ShouldBe(0);
        (await officer.SendAsync(HttpMethod.Post, "/api/app/reminder/run", null)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        // A unit officer reads what was sent about their unit's tasks, and runs nothing.
        (await officer.GetJsonAsync<JsonObject>($"/api/app/reminder/history?taskAssignmentId={plan.Task}"))["totalCount"]!.GetValue<int>()
            .ShouldBe(1);
        (await admin.GetAsync("/api/app/reminder/history?sorting=recipient%20sideways")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Should_queue_each_reminder_once_when_two_runs_race()
    {
        var tenant = await CreateTenantAsync(fixture);
        using var admin = await SignInAdminAsync(fixture, tenant);
        var today = VietnamCalendar.Today(fixture.Factory.Clock);
        var units = new List<Guid>();
        for (var i = 0; i < 12; i++)
        {
            var unit = await CreateUnitAsync(admin, $"U{i}", $"Chi hội {i}", "RedCrossChapter");
            await AddContactAsync(admin, unit, $"dau-moi-{i}-{tenant.Name}@example.org");
            units.Add(unit);
        }
        var campaign = await CampaignAsync(admin, today, committeeId: null, units.ToArray());
        foreach (var unit in units)
        {
            await CreateTaskAsync(admin, campaign, unit, Day(today, 7));
        }

        var runs = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => RunAsync(tenant)));

        runs.Sum().ShouldBe(12);
        var history = await admin.GetJsonAsync<JsonObject>("/api/app/reminder/history?maxResultCount=100");
        history["totalCount"]!.GetValue<int>().ShouldBe(12);
        var outbox = await admin.GetJsonAsync<JsonObject>("/api/app/email-message?maxResultCount=100");
        outbox["totalCount"]!.GetValue<int>().ShouldBe(12);
    }

    [Fact]
    public async Task Should_deliver_the_reminder_through_the_tenants_smtp_server_with_its_message_id()
    {
        using var admin = await SmtpSink.NewTenantAdminWithOwnServerAsync(fixture, SmtpSink.Port);
        var today = VietnamCalendar.Today(fixture.Factory.Clock);
        var unit = await CreateUnitAsync(admin, "BD", "Hội Chữ thập đỏ quận Ba Đình", "RedCrossChapter");
        var contact = $"ba-dinh-{Guid.NewGuid():N}@example.org";
        await AddContactAsync(admin, unit, contact);
        var campaign = await CampaignAsync(admin, today, committeeId: null, unit);
        var task = await CreateTaskAsync(admin, campaign, unit, Day(today, 1), "Báo cáo Tháng Nhân đạo");

        (await admin.SendExpectingAsync(HttpMethod.Post, "/api/app/reminder/run", null, HttpStatusCode.OK))!["queued"]!.GetValue<int>().ShouldBe(1);
        var delivered = await SmtpSink.WaitForMailToAsync(fixture, contact);

        delivered.Subject.ShouldBe($"[Nhắc hạn {DateOnly.Parse(Day(today, 1)):dd/MM/yyyy}] Báo cáo Tháng Nhân đạo");
        // Scriban's html.escape writes some letters as entities (ì as &#236;): compare the text a mail client shows.
        var html = WebUtility.HtmlDecode(delivered.HtmlBody!);
        html.ShouldContain("Hội Chữ thập đỏ quận Ba Đình");
        html.ShouldContain($"/Campaigns/Tasks/Details?id={task}");
        delivered.TextBody!.ShouldContain("Báo cáo Tháng Nhân đạo");
        var reminder = (await admin.GetJsonAsync<JsonObject>($"/api/app/reminder/history?taskAssignmentId={task}"))["items"]!.AsArray().Single()!;
        reminder["status"]!.GetValue<string>().ShouldBe("Sent");
        reminder["sentTime"].ShouldNotBeNull();
        reminder["messageId"]!.GetValue<string>().ShouldBe($"<{delivered.MessageId}>");
        // The task's page says the same: to whom, delivered, with the Message-ID.
        var page = WebUtility.HtmlDecode(await (await admin.GetAsync($"/Campaigns/Tasks/Details?id={task}")).Content.ReadAsStringAsync());
        page.ShouldContain("Nhắc hạn đã gửi");
        page.ShouldContain($"data-reminder=\"Before1Day\" data-recipient=\"{contact}\"");
        page.ShouldContain("Đã gửi");
        page.ShouldContain($"<{delivered.MessageId}>");
    }

    [Fact]
    public async Task Should_run_for_every_tenant_in_the_daily_job()
    {
        var plan = await PlanAsync();
        try
        {
            await SetVietnamTimeAsync(plan.DueDate, -1, TimeSpan.FromHours(7));
            await using var scope = fixture.Factory.Services.CreateAsyncScope();
            (await ActivatorUtilities.CreateInstance<ReminderJob>(scope.ServiceProvider).RunForAllTenantsAsync()).ShouldBeGreaterThanOrEqualTo(1);
        }
        finally
        {
            await fixture.Factory.ResetClockAsync();
        }

        (await HistoryAsync(plan, plan.Task)).Single()["step"]!.GetValue<string>().ShouldBe("Before1Day");
    }

    /// <summary>
    /// A tenant with a unit (one contact who receives reminders, one who does not, one without an address),
    /// a committee with a standing deputy who has an account, and a campaign with one task for the unit.
    /// </summary>
    private async Task<Plan> PlanAsync()
    {
        var tenant = await CreateTenantAsync(fixture);
        using var admin = await SignInAdminAsync(fixture, tenant);
        var today = VietnamCalendar.Today(fixture.Factory.Clock);
        var dueDate = today.AddDays(40);
        var unit = await CreateUnitAsync(admin, "VL", "Hội Chữ thập đỏ huyện Vĩnh Linh", "RedCrossChapter");
        var contactEmail = $"vinh-linh-{tenant.Name}@example.org";
        await AddContactAsync(admin, unit, contactEmail);
        await admin.SendExpectingAsync(HttpMethod.Post, $"/api/app/unit/{unit}/contact",
            new { name = "Trần Thị B", email = $"khong-nhan-{tenant.Name}@example.org", receivesReminders = false }, HttpStatusCode.OK);
        var committee = await CreateCommitteeAsync(admin, "Ban chỉ đạo Tháng Nhân đạo", "SteeringCommittee");
        var deputyName = UniqueName("deputy");
        var deputy = await CreateUserAsync(admin, deputyName, null, "standing-deputy");
        await AddMemberAsync(admin, committee, new { fullName = "Lê Văn C", userId = deputy, position = "StandingDeputy", termStart = Day(today, -100) });
        var campaign = await CampaignAsync(admin, dueDate.AddDays(-30), committee, unit);
        var task = await CreateTaskAsync(admin, campaign, unit, dueDate.ToString("yyyy-MM-dd"));
        return new Plan(tenant, unit, task, dueDate, contactEmail, $"{deputyName}@example.org", $"admin@{tenant.Name}.test.local");
    }

    /// <summary>A month-long campaign from <paramref name="start"/>, reports locked 30 days after its end.</summary>
    private static async Task<Guid> CampaignAsync(ApiClient admin, DateOnly start, Guid? committeeId, params Guid[] units) =>
        (await CreateCampaignAsync(admin, new
        {
            name = "Tháng Nhân đạo", kind = "HumanitarianMonth", startDate = Day(start, 0), endDate = Day(start, 50),
            committeeId, participantUnitIds = units,
        }))["id"]!.GetValue<Guid>();

    private static Task AddContactAsync(ApiClient admin, Guid unit, string email) =>
        admin.SendExpectingAsync(HttpMethod.Post, $"/api/app/unit/{unit}/contact",
            new { name = "Nguyễn Văn A", position = "Chánh Văn phòng", email, receivesReminders = true }, HttpStatusCode.OK);

    private async Task<int> RunAsync(TestTenant tenant)
    {
        // Signed in afresh on the moved clock.
        using var admin = await SignInAdminAsync(fixture, tenant);
        return (await admin.SendExpectingAsync(HttpMethod.Post, "/api/app/reminder/run", null, HttpStatusCode.OK))!["queued"]!.GetValue<int>();
    }

    private async Task<List<JsonNode>> HistoryAsync(Plan plan, Guid task)
    {
        using var admin = await SignInAdminAsync(fixture, plan.Tenant);
        var page = await admin.GetJsonAsync<JsonObject>($"/api/app/reminder/history?taskAssignmentId={task}&maxResultCount=100");
        return page["items"]!.AsArray().Select(r => r!).ToList();
    }

    /// <summary>Moves the app's clock to <paramref name="daysFromDue"/> days from the due date at <paramref name="timeOfDay"/> in Hà Nội.</summary>
    private Task SetVietnamTimeAsync(DateOnly dueDate, int daysFromDue, TimeSpan timeOfDay) =>
        fixture.Factory.SetVietnamTimeAsync(dueDate.AddDays(daysFromDue), timeOfDay);

    private sealed record Plan(
        TestTenant Tenant, Guid Unit, Guid Task, DateOnly DueDate, string ContactEmail, string DeputyEmail, string AdminEmail);
}

[Collection(Collections.Sqlite)]
public sealed class Reminders_Sqlite_Tests(SqliteAppFixture fixture) : Reminders_Tests<SqliteAppFixture>(fixture);

[Collection(Collections.MySql)]
public sealed class Reminders_MySql_Tests(MySqlAppFixture fixture) : Reminders_Tests<MySqlAppFixture>(fixture);
