using System.Net;
using System.Text.Json.Nodes;
using Humanitarian.Campaigns.Entities;
using Humanitarian.Framework.Data;
using Humanitarian.Framework.MultiTenancy;
using Humanitarian.Framework.Timing;
using Humanitarian.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Humanitarian.Campaigns.Tests.CampaignTestData;
using static Humanitarian.TestBase.AttachmentFiles;

namespace Humanitarian.Campaigns.Tests;

/// <summary>
/// Campaigns in a province merger: the heir carries on a running campaign with its tasks and reports;
/// a closed campaign stays the source's record, which the heir reads as "(cũ)" and cannot change.
/// </summary>
public abstract class CampaignReorganisation_Tests<TFixture>(TFixture fixture) where TFixture : AppFixture
{
    [Fact]
    public async Task Should_move_running_campaigns_to_the_heir_and_keep_closed_ones_as_the_sources_record()
    {
        var source = await CreateTenantAsync(fixture);
        var heir = await CreateTenantAsync(fixture);
        Guid running, closed, task, file, dueSoon;
        using (var sourceAdmin = await SignInAdminAsync(fixture, source))
        {
            var unit = await CreateUnitAsync(sourceAdmin, "HCTD", "Hội Chữ thập đỏ tỉnh Ninh Thuận", "RedCrossChapter");
            running = (await CreateCampaignAsync(sourceAdmin, new
            {
                name = "Hỗ trợ trẻ em xã đặc biệt khó khăn 2019–2025", kind = "ChildrenSupport", startDate = "2019-01-01", endDate = "2030-12-31",
                participantUnitIds = new[] { unit },
            }))["id"]!.GetValue<Guid>();
            task = await CreateTaskAsync(sourceAdmin, running, unit, "2030-06-30", "Báo cáo kết quả hỗ trợ");
            // Due in a week: today's run reminds the unit's contact.
            await sourceAdmin.SendExpectingAsync(HttpMethod.Post, $"/api/app/unit/{unit}/contact",
                new { name = "Nguyễn Văn A", email = $"nhacviec-{source.Name}@example.org", receivesReminders = true }, HttpStatusCode.OK);
            dueSoon = await CreateTaskAsync(sourceAdmin, running, unit,
                VietnamCalendar.Today(fixture.Factory.Clock).AddDays(7).ToString("yyyy-MM-dd"), "Danh sách trẻ em cần hỗ trợ");
            (await sourceAdmin.SendExpectingAsync(HttpMethod.Post, "/api/app/reminder/run", null, HttpStatusCode.OK))!["queued"]!
                .GetValue<int>().ShouldBe(1);
            file = (await UploadExpectingAsync(sourceAdmin, $"/api/app/task-assignment/{task}/attachment", "Danh sách trẻ em.pdf", Pdf,
                HttpStatusCode.OK))["id"]!.GetValue<Guid>();
            closed = (await CreateCampaignAsync(sourceAdmin, new
            {
                name = "Tết Nhân ái Giáp Thìn", kind = "TetNhanAi", startDate = "2024-01-25", endDate = "2024-02-10", status = "Closed",
            }))["id"]!.GetValue<Guid>();
        }
        using var host = await fixture.SignInAsync(null, "admin");

        var report = (await host.SendExpectingAsync(HttpMethod.Post, $"/api/multi-tenancy/tenants/{source.Id}/merge",
            new { successorId = heir.Id, effectiveDate = "2025-07-01" }, HttpStatusCode.OK))!;

        var line = report["lines"]!.AsArray().Single(l => l!["subject"]!.GetValue<string>() == "Cuộc vận động")!;
        (line["moved"]!.GetValue<int>(), line["kept"]!.GetValue<int>()).ShouldBe((1, 1));
        using var heirAdmin = await SignInAdminAsync(fixture, heir);
        var carriedOn = await heirAdmin.GetJsonAsync<JsonObject>($"/api/app/campaign/{running}");
        carriedOn["tenantId"]!.GetValue<Guid>().ShouldBe(heir.Id);
        carriedOn["formerTenantName"].ShouldBeNull();
        (await heirAdmin.GetJsonAsync<JsonObject>($"/api/app/task-assignment/{task}"))["status"]!.GetValue<string>().ShouldBe("Open");
        // The report's file goes with the task, its bytes included: the heir's own record now.
        (await (await heirAdmin.GetAsync($"/api/app/task-assignment/{task}/attachment/{file}")).Content.ReadAsByteArrayAsync()).ShouldBe(Pdf);
        (await TenantsOfFileAsync(file)).ShouldBe((heir.Id, heir.Id));
        // The reminder moves with its task: the heir sees it sent and does not send that step again.
        var reminders = await heirAdmin.GetJsonAsync<JsonObject>($"/api/app/reminder/history?taskAssignmentId={dueSoon}");
        reminders["items"]!.AsArray().Single()!["step"]!.GetValue<string>().ShouldBe("Before7Days");
        (await heirAdmin.SendExpectingAsync(HttpMethod.Post, "/api/app/reminder/run", null, HttpStatusCode.OK))!["queued"]!
            .GetValue<int>().ShouldBe(0);
        var record = await heirAdmin.GetJsonAsync<JsonObject>($"/api/app/campaign/{closed}");
        record["formerTenantName"]!.GetValue<string>().ShouldEndWith("(cũ)");
        await heirAdmin.SendExpectingAsync(HttpMethod.Delete, $"/api/app/campaign/{closed}", null, HttpStatusCode.BadRequest);
    }

    /// <summary>Whose the attachment row and its bytes are (the heir reads its predecessor's too, so only the rows tell).</summary>
    private async Task<(Guid? Attachment, Guid? Content)> TenantsOfFileAsync(Guid id)
    {
        using var scope = fixture.Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<HumanitarianDbContext>();
        using (scope.ServiceProvider.GetRequiredService<IDataFilter>().Disable<IMultiTenant>())
        {
            return ((await db.Set<TaskReportAttachment>().SingleAsync(a => a.Id == id)).TenantId,
                (await db.Set<TaskReportAttachmentContent>().SingleAsync(c => c.Id == id)).TenantId);
        }
    }
}

[Collection(Collections.Sqlite)]
public sealed class CampaignReorganisation_Sqlite_Tests(SqliteAppFixture fixture) : CampaignReorganisation_Tests<SqliteAppFixture>(fixture);
