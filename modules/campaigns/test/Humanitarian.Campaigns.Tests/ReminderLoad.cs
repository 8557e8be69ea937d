using System.Net;
using System.Text.Json.Nodes;
using static Humanitarian.Campaigns.Tests.CampaignTestData;

namespace Humanitarian.Campaigns.Tests;

/// <summary>A queued reminder as <c>GET /api/app/reminder/history</c> shows it.</summary>
public sealed record QueuedReminder(Guid Task, string Recipient, string MessageId, string Status, string? Error);

/// <summary>
/// Many reminders due today in a tenant of their own, made through the API: units whose contacts all
/// receive reminders, each at an address of its own, and tasks of an active campaign that fell due two
/// days ago, so a run queues the day-after step (Overdue1Day) to every contact of every task. Two days,
/// not one: on the next day (a test that straddles midnight in Hà Nội) the step due is still that one,
/// scheduled for the same day, so nothing new is queued.
/// </summary>
public sealed class ReminderLoad
{
    private const int DaysOverdue = 2;

    private ReminderLoad(string tenantName, HashSet<(Guid Task, string Recipient)> expected)
    {
        TenantName = tenantName;
        Expected = expected;
    }

    public string TenantName { get; }

    /// <summary>Every reminder a run must queue: one per task and contact of its unit.</summary>
    public IReadOnlySet<(Guid Task, string Recipient)> Expected { get; }

    public int Count => Expected.Count;

    private IEnumerable<string> Recipients => Expected.Select(e => e.Recipient).Distinct();

    /// <param name="admin">Signed in as the admin of a new tenant, where the load is made.</param>
    public static async Task<ReminderLoad> CreateAsync(ApiClient admin, DateOnly today, int units, int contactsPerUnit, int tasksPerUnit)
    {
        var unitIds = new List<Guid>();
        var contacts = new Dictionary<Guid, List<string>>();
        var stamp = Guid.NewGuid().ToString("N")[..8];
        for (var u = 0; u < units; u++)
        {
            var unit = await CreateUnitAsync(admin, $"U{u}", $"Chi hội {u}", "RedCrossChapter");
            unitIds.Add(unit);
            contacts[unit] = [];
            for (var c = 0; c < contactsPerUnit; c++)
            {
                var email = $"nhac-{stamp}-{u}-{c}@example.org";
                await admin.SendExpectingAsync(HttpMethod.Post, $"/api/app/unit/{unit}/contact",
                    new { name = $"Đầu mối {c}", position = "Chánh Văn phòng", email, receivesReminders = true }, HttpStatusCode.OK);
                contacts[unit].Add(email);
            }
        }
        var campaign = (await CreateCampaignAsync(admin, new
        {
            name = "Tháng Nhân đạo", kind = "HumanitarianMonth", startDate = Day(today, -30), endDate = Day(today, 30),
            participantUnitIds = unitIds,
        }))["id"]!.GetValue<Guid>();
        var expected = new HashSet<(Guid, string)>();
        foreach (var unit in unitIds)
        {
            for (var t = 0; t < tasksPerUnit; t++)
            {
                var task = await CreateTaskAsync(admin, campaign, unit, Day(today, -DaysOverdue), $"Báo cáo đợt {t + 1}");
                expected.UnionWith(contacts[unit].Select(email => (task, email)));
            }
        }
        return new ReminderLoad(admin.TenantName!, expected);
    }

    /// <summary><c>POST /api/app/reminder/run</c>: how many reminders it queued.</summary>
    public static async Task<int> RunAsync(ApiClient admin) =>
        (await admin.SendExpectingAsync(HttpMethod.Post, "/api/app/reminder/run", null, HttpStatusCode.OK))!["queued"]!.GetValue<int>();

    public static async Task<List<QueuedReminder>> HistoryAsync(ApiClient admin)
    {
        var page = await admin.GetJsonAsync<JsonObject>("/api/app/reminder/history?maxResultCount=1000");
        return page["items"]!.AsArray().Select(r => new QueuedReminder(
            r!["taskAssignmentId"]!.GetValue<Guid>(), r["recipient"]!.GetValue<string>(), r["messageId"]!.GetValue<string>(),
            r["status"]!.GetValue<string>(), r["error"]?.GetValue<string>())).ToList();
    }

    /// <summary>
    /// Waits until every reminder of the tenant is sent by the outbox and its message is in
    /// <paramref name="mail"/>; <paramref name="poll"/> runs before each look (e.g. the outbox itself).
    /// </summary>
    /// <returns>The history and what the server got for these recipients.</returns>
    public async Task<(List<QueuedReminder> History, List<DeliveredMail> Delivered)> WaitUntilDeliveredAsync(
        ApiClient admin, MailDirectory mail, Func<Task>? poll = null)
    {
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (true)
        {
            if (poll is not null)
            {
                await poll();
            }
            var history = await HistoryAsync(admin);
            var delivered = Of(mail.Delivered());
            var arrived = delivered.Select(m => m.MessageId).ToHashSet();
            if (history.Count >= Count && history.All(r => r.Status == "Sent" && arrived.Contains(r.MessageId)))
            {
                return (history, delivered);
            }
            DateTime.UtcNow.ShouldBeLessThan(deadline,
                $"{history.Count(r => r.Status == "Sent")} of {history.Count} reminders sent, {arrived.Count} of their messages arrived; " +
                string.Join(" | ", history.Select(r => r.Error).OfType<string>().Distinct()));
            await Task.Delay(250);
        }
    }

    /// <summary>The messages to this load's recipients.</summary>
    public List<DeliveredMail> Of(IEnumerable<DeliveredMail> delivered)
    {
        var recipients = Recipients.ToHashSet();
        return delivered.Where(m => recipients.Contains(m.To)).ToList();
    }

    /// <summary>
    /// Each expected reminder was queued exactly once, and its message (one Message-ID) reached its
    /// recipient; every message these recipients got is one of them.
    /// </summary>
    /// <returns>How many copies of each reminder's message arrived.</returns>
    public Dictionary<string, int> ShouldAllBeDelivered(List<QueuedReminder> history, List<DeliveredMail> delivered)
    {
        history.Select(r => (r.Task, r.Recipient)).Order().ShouldBe(Expected.Order(), "queued reminders");
        var reminderOf = history.ToDictionary(r => r.MessageId);
        foreach (var message in delivered)
        {
            reminderOf.ShouldContainKey(message.MessageId, $"a message to {message.To} that no reminder queued");
            reminderOf[message.MessageId].Recipient.ShouldBe(message.To);
        }
        var copies = delivered.GroupBy(m => m.MessageId).ToDictionary(g => g.Key, g => g.Count());
        history.Where(r => !copies.ContainsKey(r.MessageId)).ShouldBeEmpty("reminders whose message never arrived");
        return copies;
    }

    private static string Day(DateOnly day, int offset) => day.AddDays(offset).ToString("yyyy-MM-dd");
}
