using System.Net;
using System.Text.Json.Nodes;
using Humanitarian.Framework.Data;
using Humanitarian.Framework.Emailing;
using Humanitarian.Framework.MultiTenancy;
using Humanitarian.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Humanitarian.Beneficiaries.Tests.BeneficiariesTestData;

namespace Humanitarian.Beneficiaries.Tests;

/// <summary>
/// "I want to sponsor": anyone may ask to sponsor what the needs catalogue shows, and only that; the
/// chapter is told by e-mail without personal data, and approves (a sponsorship under the usual rules,
/// which takes the address off the catalogue) or declines. Requesters' details stay in their tenant.
/// </summary>
public abstract class SponsorRequestApi_Tests<TFixture>(TFixture fixture) where TFixture : AppFixture
{
    [Fact]
    public async Task Should_accept_a_request_for_a_published_need_and_tell_the_chapter_without_personal_data()
    {
        var tenant = await CreateTenantAsync(fixture);
        using var admin = await SignInAdminAsync(fixture, tenant);
        var address = await CreatePublishedAsync(admin, "Hà Thị Mai Phương");
        using var anonymous = fixture.Anonymous();

        var receipt = await anonymous.SendExpectingAsync(HttpMethod.Post, RequestUrl(tenant, address), Offer(), HttpStatusCode.OK);

        receipt!.AsObject().Select(p => p.Key).ShouldBe(["id", "category", "commune"]);
        (receipt["category"]!.GetValue<string>(), receipt["commune"]!.GetValue<string>()).ShouldBe(("Orphan", "Xã Mường Phăng"));
        var id = receipt["id"]!.GetValue<Guid>();
        var list = await admin.GetJsonAsync<JsonObject>("/api/app/sponsor-request?status=Pending");
        Ids(list["items"]).ShouldBe([id]);
        var request = list["items"]![0]!;
        (request["requesterName"]!.GetValue<string>(), request["organisation"]!.GetValue<string>(), request["phone"]!.GetValue<string>(),
                request["email"]!.GetValue<string>(), request["monthlyValue"]!.GetValue<long>(), request["humanitarianAddressName"]!.GetValue<string>())
            .ShouldBe(("Trần Văn Bình", "Công ty TNHH An Phát", "0912 345 678", "binh@example.org", 500_000, "Hà Thị Mai Phương"));
        request["startMonth"]!.GetValue<string>().ShouldBe(NextMonth().ToString("yyyy-MM-dd"));
        request["status"]!.GetValue<string>().ShouldBe("Pending");

        var mails = await QueuedAsync(tenant);
        var mail = mails.ShouldHaveSingleItem();
        mail.To.ShouldBe($"admin@{tenant.Name}.test.local");
        mail.Body.ShouldContain("Trẻ mồ côi");
        mail.Body.ShouldContain("Xã Mường Phăng");
        mail.Body.ShouldContain($"/Beneficiaries/SponsorRequests/Details/{id}?__tenant={tenant.Name}");
        foreach (var personal in new[] { "Mai Phương", "Trần Văn Bình", "0912", "binh@example.org", "An Phát" })
        {
            (mail.Subject + mail.Body).ShouldNotContain(personal);
        }
    }

    [Fact]
    public async Task Should_answer_404_for_an_address_the_catalogue_does_not_show()
    {
        var tenant = await CreateTenantAsync(fixture);
        using var admin = await SignInAdminAsync(fixture, tenant);
        var unpublished = await CreatePublishedAsync(admin, "Không Công Khai", publish: false);
        var sponsored = await CreatePublishedAsync(admin, "Đã Có Người Đỡ");
        await CreateSponsorshipAsync(admin, sponsored, 300_000, VietnamToday());
        using var otherAdmin = await NewTenantAdminAsync(fixture);
        var otherTenants = await CreatePublishedAsync(otherAdmin, "Tỉnh Khác");
        using var anonymous = fixture.Anonymous();

        foreach (var hidden in new[] { unpublished, sponsored, otherTenants, Guid.NewGuid() })
        {
            var response = await anonymous.PostAsync(RequestUrl(tenant, hidden), Offer());
            response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
            (await ApiClient.ReadErrorAsync(response))["message"].ShouldNotBeNull();
            (await anonymous.GetAsync($"/api/public/needs/{tenant.Name}/{hidden}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        }
        (await anonymous.PostAsync($"/api/public/needs/khong-co-tinh-nay/{unpublished}/sponsor-request", Offer())).StatusCode
            .ShouldBe(HttpStatusCode.NotFound);
        (await admin.GetJsonAsync<JsonObject>("/api/app/sponsor-request"))["totalCount"]!.GetValue<long>().ShouldBe(0);
    }

    [Fact]
    public async Task Should_answer_400_naming_the_field_for_bad_input()
    {
        var tenant = await CreateTenantAsync(fixture);
        using var admin = await SignInAdminAsync(fixture, tenant);
        var address = await CreatePublishedAsync(admin, "Lò Văn Sáng");
        using var anonymous = fixture.Anonymous();
        var url = RequestUrl(tenant, address);

        async Task Refused(object body, string member)
        {
            var response = await anonymous.PostAsync(url, body);
            var text = await response.Content.ReadAsStringAsync();
            response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, text);
            ValidationMembers(JsonNode.Parse(text)).ShouldContain(member, text);
        }

        await Refused(Offer(monthlyValue: 299_999), "monthlyValue");
        await Refused(Offer(phone: null, email: null), "phone");
        await Refused(Offer(phone: "gọi tôi"), "phone");
        await Refused(Offer(email: "khong-phai-email"), "email");
        await Refused(Offer(consent: false), "consentToContact");
        await Refused(Offer(requesterName: ""), "requesterName");
        await Refused(Offer(startMonth: VietnamToday().AddMonths(-2)), "startMonth");
        await Refused(Offer(message: new string('x', 2001)), "message");
        // The floor is the tenant's: raised, the same offer falls below it.
        await admin.SendExpectingAsync(HttpMethod.Put, "/api/app/sponsorship-settings", new { minimumMonthlyValue = 600_000 }, HttpStatusCode.OK);
        var belowRaised = await anonymous.PostAsync(url, Offer());
        belowRaised.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var error = await ApiClient.ReadErrorAsync(belowRaised);
        error["validationErrors"]![0]!["message"]!.GetValue<string>().ShouldContain("600.000");
        error["validationErrors"]![0]!["members"]![0]!.GetValue<string>().ShouldBe("monthlyValue");
        (await admin.GetJsonAsync<JsonObject>("/api/app/sponsor-request"))["totalCount"]!.GetValue<long>().ShouldBe(0);
    }

    [Fact]
    public async Task Should_approve_into_a_sponsorship_that_takes_the_address_off_the_catalogue_and_decide_only_once()
    {
        var tenant = await CreateTenantAsync(fixture);
        using var admin = await SignInAdminAsync(fixture, tenant);
        var address = await CreatePublishedAsync(admin, "Quàng Thị Duyên");
        using var anonymous = fixture.Anonymous();
        var first = await RequestAsync(anonymous, tenant, address);
        var second = await RequestAsync(anonymous, tenant, address, Offer(requesterName: "Lê Thị Hồng", organisation: null));
        var start = VietnamToday().AddDays(3);

        var sponsorship = await admin.SendExpectingAsync(HttpMethod.Post, $"/api/app/sponsor-request/{first}/approve",
            new { sponsorshipStartDate = start.ToString("yyyy-MM-dd") }, HttpStatusCode.OK);

        (sponsorship!["sponsorKind"]!.GetValue<string>(), sponsorship["sponsorName"]!.GetValue<string>(), sponsorship["monthlyValue"]!.GetValue<long>(),
                sponsorship["startDate"]!.GetValue<string>(), sponsorship["humanitarianAddressId"]!.GetValue<Guid>())
            .ShouldBe(("Other", "Trần Văn Bình (Công ty TNHH An Phát)", 500_000, start.ToString("yyyy-MM-dd"), address));
        var sponsorshipId = sponsorship["id"]!.GetValue<Guid>();
        (await admin.GetJsonAsync<JsonObject>($"/api/app/sponsorship/{sponsorshipId}"))["sponsorName"]!.GetValue<string>()
            .ShouldBe("Trần Văn Bình (Công ty TNHH An Phát)");
        var approved = await admin.GetJsonAsync<JsonObject>($"/api/app/sponsor-request/{first}");
        approved["status"]!.GetValue<string>().ShouldBe("Approved");
        approved["sponsorshipId"]!.GetValue<Guid>().ShouldBe(sponsorshipId);
        approved["decisionTime"].ShouldNotBeNull();
        approved["deciderId"].ShouldNotBeNull();
        (await admin.GetJsonAsync<JsonObject>($"/api/app/humanitarian-address/{address}"))["status"]!.GetValue<string>().ShouldBe("Supported");
        (await anonymous.GetJsonAsync<JsonObject>($"/api/public/needs/{tenant.Name}"))["totalCount"]!.GetValue<long>().ShouldBe(0);
        (await anonymous.PostAsync(RequestUrl(tenant, address), Offer())).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        // Decided once: neither approved again nor declined.
        (await admin.PostAsync($"/api/app/sponsor-request/{first}/approve", new { })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await admin.PostAsync($"/api/app/sponsor-request/{first}/decline", new { reason = "Nhầm" })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await admin.GetJsonAsync<JsonObject>($"/api/app/sponsorship?humanitarianAddressId={address}"))["totalCount"]!.GetValue<long>().ShouldBe(1);

        // The other request on the address sponsored meanwhile cannot be approved, but can be declined.
        var taken = await admin.PostAsync($"/api/app/sponsor-request/{second}/approve", new { });
        taken.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await ApiClient.ReadErrorAsync(taken))["code"]!.GetValue<string>().ShouldBe("Beneficiaries:SponsorRequestAddressTaken");
        var noReason = await admin.PostAsync($"/api/app/sponsor-request/{second}/decline", new { reason = " " });
        noReason.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        ValidationMembers(JsonNode.Parse(await noReason.Content.ReadAsStringAsync())).ShouldContain("reason");
        var declined = await admin.SendExpectingAsync(HttpMethod.Post, $"/api/app/sponsor-request/{second}/decline",
            new { reason = "Địa chỉ đã có người nhận đỡ đầu." }, HttpStatusCode.OK);
        (declined!["status"]!.GetValue<string>(), declined["declineReason"]!.GetValue<string>()).ShouldBe(("Declined", "Địa chỉ đã có người nhận đỡ đầu."));
        (await admin.PostAsync($"/api/app/sponsor-request/{second}/decline", new { reason = "Lần nữa" })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        Ids((await admin.GetJsonAsync<JsonObject>("/api/app/sponsor-request?status=Declined"))["items"]).ShouldBe([second]);
        Ids((await admin.GetJsonAsync<JsonObject>("/api/app/sponsor-request?status=Pending"))["items"]).ShouldBeEmpty();
    }

    [Fact]
    public async Task Should_keep_requests_in_their_tenant_and_from_users_without_the_permission()
    {
        var tenant = await CreateTenantAsync(fixture);
        using var admin = await SignInAdminAsync(fixture, tenant);
        var address = await CreatePublishedAsync(admin, "Mùa A Chứ");
        using var anonymous = fixture.Anonymous();
        var request = await RequestAsync(anonymous, tenant, address);
        using var otherAdmin = await NewTenantAdminAsync(fixture);
        await CreateUserAsync(admin, "xem-thoi", null, "viewer");
        await CreateUserAsync(admin, "pho-truc", null, "standing-deputy");
        await CreateUserAsync(admin, "truong-ban", null, "committee-head");
        using var viewer = await fixture.SignInAsync(tenant.Name, "xem-thoi", TestTenant.AdminPassword);
        using var deputy = await fixture.SignInAsync(tenant.Name, "pho-truc", TestTenant.AdminPassword);
        using var head = await fixture.SignInAsync(tenant.Name, "truong-ban", TestTenant.AdminPassword);

        (await otherAdmin.GetAsync($"/api/app/sponsor-request/{request}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await otherAdmin.PostAsync($"/api/app/sponsor-request/{request}/decline", new { reason = "Không phải của tỉnh này" }))
            .StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await otherAdmin.GetJsonAsync<JsonObject>("/api/app/sponsor-request"))["totalCount"]!.GetValue<long>().ShouldBe(0);
        (await viewer.GetAsync("/api/app/sponsor-request")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await viewer.GetAsync($"/api/app/sponsor-request/{request}")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await viewer.PostAsync($"/api/app/sponsor-request/{request}/approve", new { })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await anonymous.GetAsync("/api/app/sponsor-request")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        // The committee head reads them; deciding is the standing deputy's.
        (await head.GetJsonAsync<JsonObject>($"/api/app/sponsor-request/{request}"))["status"]!.GetValue<string>().ShouldBe("Pending");
        (await head.PostAsync($"/api/app/sponsor-request/{request}/decline", new { reason = "Thử" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        await deputy.SendExpectingAsync(HttpMethod.Post, $"/api/app/sponsor-request/{request}/approve", new { }, HttpStatusCode.OK);
    }

    [Fact]
    public async Task Should_show_the_public_page_without_a_beneficiarys_name_and_answer_404_for_an_unknown_tenant()
    {
        var tenant = await CreateTenantAsync(fixture);
        using var admin = await SignInAdminAsync(fixture, tenant);
        const string name = "Giàng Thị Xuyến Độc Nhất";
        var address = await CreatePublishedAsync(admin, name, categories: ["HivAids", "Orphan"], phone: "0987654321");
        using var anonymous = fixture.Anonymous();

        var list = await anonymous.GetAsync($"/Public/Needs/{tenant.Name}");
        list.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await list.Content.ReadAsStringAsync();
        html.ShouldContain(DisplayNameOf(tenant.Name));
        html.ShouldContain("Trẻ mồ côi");
        html.ShouldContain("Xã Mường Phăng");
        html.ShouldContain("Học bổng");
        html.ShouldContain("500.000");
        html.ShouldContain($"/Public/Needs/{tenant.Name}/{address}/Sponsor");
        var form = await anonymous.GetAsync($"/Public/Needs/{tenant.Name}/{address}/Sponsor");
        form.StatusCode.ShouldBe(HttpStatusCode.OK);
        var formHtml = await form.Content.ReadAsStringAsync();
        formHtml.ShouldContain("__RequestVerificationToken");
        foreach (var page in new[] { html, formHtml })
        {
            foreach (var secret in new[] { name, "Xuyến", "0987654321", "Số 5", "HIV" })
            {
                page.ShouldNotContain(secret);
            }
        }
        (await anonymous.GetAsync($"/Public/Needs/{tenant.Name}?category=Orphan&need=Scholarship&commune=muong")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await anonymous.GetAsync("/Public/Needs/khong-co-tinh-nay")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await anonymous.GetAsync($"/Public/Needs/{tenant.Name}/{Guid.NewGuid()}/Sponsor")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    private static string RequestUrl(TestTenant tenant, Guid address) => $"/api/public/needs/{tenant.Name}/{address}/sponsor-request";

    private static DateOnly NextMonth()
    {
        var today = VietnamToday();
        return new DateOnly(today.Year, today.Month, 1).AddMonths(1);
    }

    internal static object Offer(string requesterName = "Trần Văn Bình", string? organisation = "Công ty TNHH An Phát", string? phone = "0912 345 678",
        string? email = "binh@example.org", long monthlyValue = 500_000, DateOnly? startMonth = null, string? message = "Xin được hỗ trợ em học hết cấp hai.",
        bool consent = true) => new
    {
        requesterName, organisation, phone, email, monthlyValue, startMonth = (startMonth ?? NextMonth()).ToString("yyyy-MM-dd"), message,
        consentToContact = consent,
    };

    private static async Task<Guid> RequestAsync(ApiClient anonymous, TestTenant tenant, Guid address, object? offer = null) =>
        (await anonymous.SendExpectingAsync(HttpMethod.Post, RequestUrl(tenant, address), offer ?? Offer(), HttpStatusCode.OK))!["id"]!.GetValue<Guid>();

    private static async Task<Guid> CreatePublishedAsync(ApiClient admin, string fullName, bool publish = true, string[]? categories = null,
        string? phone = null) =>
        (await admin.SendExpectingAsync(HttpMethod.Post, "/api/app/humanitarian-address", new
        {
            fullName, sex = "Female", birthYear = 2012, commune = "Xã Mường Phăng", address = "Số 5, bản Phăng", status = "Surveyed",
            consentToShare = publish, consentToPublish = publish, categories = categories ?? ["Orphan"], needs = new[] { "Scholarship", "Books" },
            monthlyValueSought = 500_000, phone,
        }, HttpStatusCode.OK))!["id"]!.GetValue<Guid>();

    private async Task<List<EmailMessage>> QueuedAsync(TestTenant tenant)
    {
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        using var _ = scope.ServiceProvider.GetRequiredService<IDataFilter>().Disable<IMultiTenant>();
        return await scope.ServiceProvider.GetRequiredService<HumanitarianDbContext>().Set<EmailMessage>()
            .Where(m => m.TenantId == tenant.Id && m.Subject.StartsWith("Đăng ký hỗ trợ mới")).ToListAsync();
    }
}

[Collection(Collections.Sqlite)]
public sealed class SponsorRequestApi_Sqlite_Tests(SqliteAppFixture fixture) : SponsorRequestApi_Tests<SqliteAppFixture>(fixture);

// On both databases: the request's table, the catalogue's query it checks against, the approval's unit of work.
[Collection(Collections.MySql)]
public sealed class SponsorRequestApi_MySql_Tests(MySqlAppFixture fixture) : SponsorRequestApi_Tests<MySqlAppFixture>(fixture);

/// <summary>
/// The anonymous request is limited per client address (10 in 10 minutes by default); the shared fixtures
/// lift the limit, so this class runs its own app with a low one.
/// </summary>
public sealed class SponsorRequestRateLimit_Tests : IAsyncLifetime
{
    private readonly HumanitarianWebFactory _factory = new(DatabaseProvider.Sqlite,
        new Dictionary<string, string?> { ["RateLimiting:SponsorRequestPermitLimit"] = "3" });

    public Task InitializeAsync() => _factory.WaitUntilReadyAsync();

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task Should_refuse_the_fourth_request_from_one_client_address_with_429_but_not_another_clients_or_the_catalogue()
    {
        using var first = new ApiClient(TestClientAddress.From(_factory.CreateApiClient(), "203.0.113.20"), null);
        using var second = new ApiClient(TestClientAddress.From(_factory.CreateApiClient(), "203.0.113.21"), null);
        var url = $"/api/public/needs/ninh-thuan/{Guid.NewGuid()}/sponsor-request";
        for (var attempt = 1; attempt <= 3; attempt++)
        {
            // Refused requests count too: a prober of ids is limited like a sender.
            (await first.PostAsync(url, SponsorRequestApi_Tests<SqliteAppFixture>.Offer())).StatusCode.ShouldBe(HttpStatusCode.NotFound, $"attempt {attempt}");
        }

        var refused = await first.PostAsync(url, SponsorRequestApi_Tests<SqliteAppFixture>.Offer());

        refused.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        refused.Headers.RetryAfter.ShouldNotBeNull();
        (await ApiClient.ReadErrorAsync(refused))["message"].ShouldNotBeNull();
        (await second.PostAsync(url, SponsorRequestApi_Tests<SqliteAppFixture>.Offer())).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await first.GetAsync("/api/public/needs/ninh-thuan")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await first.GetAsync("/Public/Needs/ninh-thuan")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
