using System.Net;
using System.Text.Json.Nodes;

namespace Humanitarian.Campaigns.Tests;

/// <summary>Campaigns, tasks and activities made through the API, and a tenant's people with their roles.</summary>
public static class CampaignTestData
{
    public static async Task<JsonObject> CreateCampaignAsync(ApiClient client, object campaign) =>
        (JsonObject)(await client.SendExpectingAsync(HttpMethod.Post, "/api/app/campaign", campaign, HttpStatusCode.OK))!;

    public static async Task<Guid> CreateTaskAsync(ApiClient client, Guid campaignId, Guid unitId, string dueDate, string title = "Báo cáo kết quả") =>
        (await client.SendExpectingAsync(HttpMethod.Post, "/api/app/task-assignment", new { campaignId, unitId, title, dueDate }, HttpStatusCode.OK))!
            ["id"]!.GetValue<Guid>();

    public static async Task<Guid> CreateActivityAsync(ApiClient client, Guid campaignId, Guid unitId, string kind, string date) =>
        (await client.SendExpectingAsync(HttpMethod.Post, "/api/app/campaign-activity",
            new { campaignId, unitId, kind, date, title = "Hội nghị triển khai", place = "Hội trường UBND", participants = 120 }, HttpStatusCode.OK))!
            ["id"]!.GetValue<Guid>();

    /// <summary>A user of the tenant with one role, attached to <paramref name="unitId"/> when given, signed in.</summary>
    public static async Task<ApiClient> SignInAsAsync(AppFixture fixture, TestTenant tenant, ApiClient admin, string role, Guid? unitId = null)
    {
        var userName = UniqueName(role);
        await CreateUserAsync(admin, userName, unitId, role);
        return await fixture.SignInAsync(tenant.Name, userName, TestTenant.AdminPassword);
    }

    /// <summary>An active Humanitarian Month campaign of 60 days from <paramref name="start"/>, steered by <paramref name="committeeId"/>.</summary>
    public static async Task<Guid> CreateRunningCampaignAsync(ApiClient admin, string name, DateOnly start, Guid? committeeId, params Guid[] units) =>
        (await CreateCampaignAsync(admin, new
        {
            name, kind = "HumanitarianMonth", startDate = Day(start, 0), endDate = Day(start, 60), committeeId, participantUnitIds = units,
        }))["id"]!.GetValue<Guid>();

    /// <summary><paramref name="offset"/> days from <paramref name="day"/>, as the API takes dates.</summary>
    public static string Day(DateOnly day, int offset) => day.AddDays(offset).ToString("yyyy-MM-dd");
}
