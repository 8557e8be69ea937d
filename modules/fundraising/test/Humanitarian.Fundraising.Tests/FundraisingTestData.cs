using System.Net;
using System.Text.Json.Nodes;

namespace Humanitarian.Fundraising.Tests;

public static class FundraisingTestData
{
    public const string FundsUrl = "/api/app/fund";
    public const string DonorsUrl = "/api/app/donor";
    public const string DonationsUrl = "/api/app/donation";
    public const string DisbursementsUrl = "/api/app/disbursement";

    public static async Task<Guid> CreateFundAsync(ApiClient client, string? code = null, string name = "Quỹ hỗ trợ phòng, chống dịch, bệnh nguy hiểm") =>
        (await client.SendExpectingAsync(HttpMethod.Post, FundsUrl, new { code = code ?? UniqueName("Q"), name }, HttpStatusCode.OK))!["id"]!.GetValue<Guid>();

    public static async Task<Guid> CreateDonorAsync(ApiClient client, string name, string kind = "Individual", bool publishName = false, bool isAnonymous = false) =>
        (await client.SendExpectingAsync(HttpMethod.Post, DonorsUrl, new { name, kind, publishName, isAnonymous }, HttpStatusCode.OK))!["id"]!.GetValue<Guid>();

    public static async Task<JsonNode> DonateAsync(ApiClient client, Guid fund, long amount, DateOnly date, Guid? donor = null, string? restriction = null) =>
        (await client.SendExpectingAsync(HttpMethod.Post, DonationsUrl,
            new { fundId = fund, donorId = donor, date = date.ToString("yyyy-MM-dd"), amount, restriction }, HttpStatusCode.OK))!;

    public static async Task<JsonObject> FundAsync(ApiClient client, Guid fund) => await client.GetJsonAsync<JsonObject>($"{FundsUrl}/{fund}");

    public static async Task<long> BalanceAsync(ApiClient client, Guid fund) => (await FundAsync(client, fund))["balance"]!.GetValue<long>();

    public static DateOnly VietnamToday() => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7));
}
