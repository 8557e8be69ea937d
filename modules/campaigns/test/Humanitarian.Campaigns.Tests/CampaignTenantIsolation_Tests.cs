using System.Net;
using System.Text.Json.Nodes;
using static Humanitarian.Campaigns.Tests.CampaignTestData;
using static Humanitarian.TestBase.AttachmentFiles;

namespace Humanitarian.Campaigns.Tests;

/// <summary>Another tenant's campaign, target, task and activity do not exist for a tenant: not listed, not read, not used.</summary>
public abstract class CampaignTenantIsolation_Tests<TFixture>(TFixture fixture) where TFixture : AppFixture
{
    [Fact]
    public async Task Should_keep_campaigns_and_their_records_inside_the_tenant()
    {
        using var owner = await NewTenantAdminAsync(fixture);
        using var other = await NewTenantAdminAsync(fixture);
        var unit = await CreateUnitAsync(owner, "VL", "Hội Chữ thập đỏ huyện Vĩnh Linh", "RedCrossChapter");
        var otherUnit = await CreateUnitAsync(other, "BL", "Hội Chữ thập đỏ thành phố Bảo Lộc", "RedCrossChapter");
        var campaign = (await CreateCampaignAsync(owner, new
        {
            name = "Tháng Nhân đạo", kind = "HumanitarianMonth", startDate = "2030-05-01", endDate = "2030-05-31", participantUnitIds = new[] { unit },
        }))["id"]!.GetValue<Guid>();
        var target = (await owner.SendExpectingAsync(HttpMethod.Post, "/api/app/campaign-target",
            new { campaignId = campaign, name = "Số đơn vị máu", metric = "Manual", goal = 100 }, HttpStatusCode.OK))!["id"]!.GetValue<Guid>();
        var task = await CreateTaskAsync(owner, campaign, unit, "2030-05-20");
        await CreateActivityAsync(owner, campaign, unit, "BloodDrive", "2030-05-10");
        var activity = (await owner.GetJsonAsync<JsonObject>("/api/app/campaign-activity"))["items"]![0]!["id"]!.GetValue<Guid>();
        var taskFile = (await UploadExpectingAsync(owner, $"/api/app/task-assignment/{task}/attachment", "Báo cáo.pdf", Pdf, HttpStatusCode.OK))["id"];
        var activityFile = (await UploadExpectingAsync(owner, $"/api/app/campaign-activity/{activity}/attachment", "Ảnh.pdf", Pdf, HttpStatusCode.OK))["id"];

        foreach (var list in new[] { "campaign", "campaign-target", "task-assignment", "campaign-activity" })
        {
            (await other.GetJsonAsync<JsonObject>($"/api/app/{list}"))["totalCount"]!.GetValue<long>().ShouldBe(0, list);
        }
        foreach (var url in new[]
                 {
                     $"/api/app/campaign/{campaign}", $"/api/app/campaign/{campaign}/progress", $"/api/app/campaign-target/{target}",
                     $"/api/app/task-assignment/{task}", $"/api/app/campaign-activity/{activity}",
                     $"/api/app/task-assignment/{task}/attachment/{taskFile}", $"/api/app/campaign-activity/{activity}/attachment/{activityFile}",
                 })
        {
            await other.SendExpectingAsync(HttpMethod.Get, url, null, HttpStatusCode.NotFound);
        }
        await other.SendExpectingAsync(HttpMethod.Post, $"/api/app/task-assignment/{task}/submit", new { note = "x" }, HttpStatusCode.NotFound);
        await other.SendExpectingAsync(HttpMethod.Delete, $"/api/app/campaign/{campaign}", null, HttpStatusCode.NotFound);
        await other.SendExpectingAsync(HttpMethod.Delete, $"/api/app/task-assignment/{task}/attachment/{taskFile}", null, HttpStatusCode.NotFound);
        (await UploadAsync(other, $"/api/app/campaign-activity/{activity}/attachment", "x.pdf", Pdf)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        // Its own unit under the other's campaign: the campaign is not there to use.
        var borrowed = await other.SendExpectingAsync(HttpMethod.Post, "/api/app/task-assignment",
            new { campaignId = campaign, unitId = otherUnit, title = "Báo cáo", dueDate = "2030-05-20" }, HttpStatusCode.BadRequest);
        ValidationMembers(borrowed).ShouldBe(["campaignId"]);
        (await owner.GetJsonAsync<JsonObject>("/api/app/task-assignment"))["totalCount"]!.GetValue<long>().ShouldBe(1);
    }
}

[Collection(Collections.Sqlite)]
public sealed class CampaignTenantIsolation_Sqlite_Tests(SqliteAppFixture fixture) : CampaignTenantIsolation_Tests<SqliteAppFixture>(fixture);

// On both databases: the tenant filter is SQL.
[Collection(Collections.MySql)]
public sealed class CampaignTenantIsolation_MySql_Tests(MySqlAppFixture fixture) : CampaignTenantIsolation_Tests<MySqlAppFixture>(fixture);
