using System.Net;
using Humanitarian.Framework.Timing;
using static Humanitarian.Fundraising.Tests.FundraisingTestData;

namespace Humanitarian.Fundraising.Tests;

/// <summary>
/// Pledges behind their schedule reach the collecting unit's contacts through the reminders policy — the
/// same run, steps and outbox as campaign tasks — and never the donor; a covered pledge or one without a
/// collecting unit is nobody's to chase.
/// </summary>
public abstract class PledgeReminders_Tests<TFixture>(TFixture fixture) where TFixture : AppFixture
{
    private const string PledgesUrl = "/api/app/pledge";

    [Fact]
    public async Task Should_remind_the_collecting_units_contacts_of_the_first_instalment_not_covered_and_not_the_donor()
    {
        using var admin = await SmtpSink.NewTenantAdminWithOwnServerAsync(fixture, SmtpSink.Port);
        var today = VietnamCalendar.Today(fixture.Factory.Clock);
        string Day(int offset) => today.AddDays(offset).ToString("yyyy-MM-dd");
        var unit = await CreateUnitAsync(admin, "HK", "Hội Chữ thập đỏ quận Hoàn Kiếm", "RedCrossChapter");
        var contact = $"hoan-kiem-{Guid.NewGuid():N}@example.org";
        await admin.SendExpectingAsync(HttpMethod.Post, $"/api/app/unit/{unit}/contact",
            new { name = "Trần Thu Hà", position = "Phó Chủ tịch", email = contact, receivesReminders = true }, HttpStatusCode.OK);
        var fund = await CreateFundAsync(admin, name: "Quỹ Vì người nghèo quận Hoàn Kiếm");
        var donorEmail = $"lienhe-{Guid.NewGuid():N}@vinamilk.example";
        var donor = (await admin.SendExpectingAsync(HttpMethod.Post, DonorsUrl,
            new { name = "Công ty CP Sữa Việt Nam", kind = "Business", email = donorEmail }, HttpStatusCode.OK))!["id"]!.GetValue<Guid>();

        async Task<Guid> PledgeAsync(object body) => (await admin.SendExpectingAsync(HttpMethod.Post, PledgesUrl, body, HttpStatusCode.OK))!["id"]!.GetValue<Guid>();
        var behind = await PledgeAsync(new
        {
            fundId = fund, donorId = donor, amount = 5_000_000, collectingUnitId = unit,
            instalments = new[] { new { dueDate = Day(-1), amount = 2_000_000 }, new { dueDate = Day(20), amount = 3_000_000 } },
        });
        var covered = await PledgeAsync(new { fundId = fund, donorId = donor, amount = 1_000_000, dueDate = Day(-1), collectingUnitId = unit });
        await admin.SendExpectingAsync(HttpMethod.Post, DonationsUrl,
            new { fundId = fund, donorId = donor, pledgeId = covered, date = Day(-2), amount = 1_000_000 }, HttpStatusCode.OK);
        await PledgeAsync(new { fundId = fund, donorId = donor, amount = 4_000_000, dueDate = Day(-1) });

        (await admin.SendExpectingAsync(HttpMethod.Post, "/api/app/reminder/run", null, HttpStatusCode.OK))!["queued"]!.GetValue<int>().ShouldBe(1);
        (await admin.SendExpectingAsync(HttpMethod.Post, "/api/app/reminder/run", null, HttpStatusCode.OK))!["queued"]!.GetValue<int>().ShouldBe(0);
        var delivered = await SmtpSink.WaitForMailToAsync(fixture, contact);

        delivered.Subject.ShouldStartWith("[Quá hạn 1 ngày] Thu cam kết ủng hộ của Công ty CP Sữa Việt Nam: 2.000.000");
        var html = WebUtility.HtmlDecode(delivered.HtmlBody!);
        html.ShouldContain("Quỹ Vì người nghèo quận Hoàn Kiếm");
        html.ShouldContain("Hội Chữ thập đỏ quận Hoàn Kiếm");
        html.ShouldContain($"/Fundraising/Pledges/Edit/{behind}");
        html.ShouldNotContain("báo cáo");
        SmtpSink.DeliveredTo(donorEmail).ShouldBeEmpty();
    }
}

[Collection(Collections.Sqlite)]
public sealed class PledgeReminders_Sqlite_Tests(SqliteAppFixture fixture) : PledgeReminders_Tests<SqliteAppFixture>(fixture);

[Collection(Collections.MySql)]
public sealed class PledgeReminders_MySql_Tests(MySqlAppFixture fixture) : PledgeReminders_Tests<MySqlAppFixture>(fixture);
