using System.Net;

namespace Humanitarian.Beneficiaries.Tests;

/// <summary>Records the module's tests make for themselves through the API.</summary>
public static class BeneficiariesTestData
{
    public static async Task<Guid> CreateAddressAsync(ApiClient client, string fullName, string status = "Surveyed") =>
        (await client.SendExpectingAsync(HttpMethod.Post, "/api/app/humanitarian-address",
            new { fullName, birthYear = 1960, commune = "Xã Mường Phăng", status }, HttpStatusCode.OK))!["id"]!.GetValue<Guid>();

    /// <summary>An "Other" sponsor's cash sponsorship of <paramref name="address"/>.</summary>
    public static async Task<Guid> CreateSponsorshipAsync(ApiClient client, Guid address, long monthlyValue, DateOnly startDate, DateOnly? endDate = null) =>
        (await client.SendExpectingAsync(HttpMethod.Post, "/api/app/sponsorship", new
        {
            humanitarianAddressId = address, sponsorKind = "Other", sponsorName = "Bà Nguyễn Thị Lan", kind = "Cash", monthlyValue,
            startDate = startDate.ToString("yyyy-MM-dd"), endDate = endDate?.ToString("yyyy-MM-dd"),
        }, HttpStatusCode.OK))!["id"]!.GetValue<Guid>();

    /// <summary>Today in Việt Nam, as the server counts calendar days.</summary>
    public static DateOnly VietnamToday() => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7));
}
