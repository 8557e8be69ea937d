using System.Net;
using System.Text.Json.Nodes;

namespace Humanitarian.Organization.Tests;

/// <summary>The demo tenants show the module to a newcomer: areas, units with contacts, documents and committees of seeds/.</summary>
public abstract class OrganizationDemoData_Tests<TFixture>(TFixture fixture) where TFixture : AppFixture
{
    [Fact]
    public async Task Should_seed_ha_nois_30_districts_as_units_under_the_city()
    {
        using var admin = await fixture.SignInAsync("ha-noi", "admin");

        var city = await FindUnitByCodeAsync(admin, "HN-UBND");
        var districts = await admin.GetJsonAsync<JsonObject>(
            $"/api/app/unit?parentId={city["id"]}&kind=PeopleCommittee&maxResultCount=1000");
        var areas = await admin.GetJsonAsync<JsonObject>("/api/app/administrative-area?level=District&maxResultCount=1000");

        districts["totalCount"]!.GetValue<long>().ShouldBe(30);
        TenantTestData.Strings(districts["items"], "name").ShouldContain("Ủy ban nhân dân huyện Thanh Trì");
        areas["totalCount"]!.GetValue<long>().ShouldBe(30);
        var thanhTri = districts["items"]!.AsArray().Single(u => u!["code"]!.GetValue<string>() == "HN-UBND-020")!;
        var thanhTriArea = areas["items"]!.AsArray().Single(a => a!["code"]!.GetValue<string>() == "020")!;
        thanhTri["administrativeAreaId"]!.GetValue<Guid>().ShouldBe(thanhTriArea["id"]!.GetValue<Guid>());
    }

    [Fact]
    public async Task Should_seed_contacts_with_one_reminder_receiver()
    {
        using var admin = await fixture.SignInAsync("ha-noi", "admin");

        var redCross = await FindUnitByCodeAsync(admin, "HN-HCTD");

        var contacts = redCross["contacts"]!.AsArray();
        contacts.Count.ShouldBe(2);
        contacts.Where(c => c!["receivesReminders"]!.GetValue<bool>()).ShouldHaveSingleItem()!["name"]!.GetValue<string>()
            .ShouldBe("Phạm Thị Ngọc Thúy");
    }

    [Fact]
    public async Task Should_seed_the_committees_with_their_members_and_establishing_decision()
    {
        using var haNoi = await fixture.SignInAsync("ha-noi", "admin");
        using var quangTri = await fixture.SignInAsync("quang-tri", "admin");

        var boards = await haNoi.GetJsonAsync<JsonObject>("/api/app/committee?kind=FundraisingBoard");
        boards["totalCount"]!.GetValue<long>().ShouldBe(4);
        var cityBoard = boards["items"]!.AsArray().Single(c => c!["name"]!.GetValue<string>().EndsWith("thành phố Hà Nội"))!;
        var members = await haNoi.GetJsonAsync<JsonObject>($"/api/app/committee/{cityBoard["id"]}/members");
        members["items"]!.AsArray().Count.ShouldBe(8);
        var head = members["items"]!.AsArray().Single(m => m!["position"]!.GetValue<string>() == "Head")!;
        head["fullName"]!.GetValue<string>().ShouldBe("Đặng Thị Minh Châu");
        head["isCurrent"]!.GetValue<bool>().ShouldBeTrue();
        var districtBoards = await haNoi.GetJsonAsync<JsonObject>($"/api/app/committee?parentId={cityBoard["id"]}");
        districtBoards["items"]!.AsArray().Select(c => c!["name"]!.GetValue<string>())
            .ShouldBe(new[] { "huyện Thanh Trì", "quận Ba Đình", "huyện Sóc Sơn" }.Select(d => "Ban vận động tài chính Quỹ hỗ trợ phòng, chống dịch, bệnh nguy hiểm " + d),
                ignoreOrder: true);

        var steering = (await quangTri.GetJsonAsync<JsonObject>("/api/app/committee?kind=SteeringCommittee"))["items"]!
            .AsArray().ShouldHaveSingleItem()!;
        var decision = await quangTri.GetJsonAsync<JsonObject>($"/api/app/document/{steering["establishingDocumentId"]}");
        decision["number"]!.GetValue<string>().ShouldBe("1381/QĐ-UBND");
        var steeringHead = (await quangTri.GetJsonAsync<JsonObject>($"/api/app/committee/{steering["id"]}/members"))["items"]!
            .AsArray().Single(m => m!["position"]!.GetValue<string>() == "Head")!;
        steeringHead["fullName"]!.GetValue<string>().ShouldBe("Đặng Minh Hưng");
    }

    [Fact]
    public async Task Should_link_legal_basis_to_the_tenants_own_its_parents_and_national_documents()
    {
        using var quangTri = await fixture.SignInAsync("quang-tri", "admin");
        using var baoLoc = await fixture.SignInAsync("bao-loc", "admin");
        using var host = await fixture.SignInAsync(null, "admin");

        var plan = await FindDocumentAsync(quangTri, "30/KH-BCĐMTCMCN");
        plan["recipientUnitIds"]!.AsArray().Count.ShouldBe(21);
        var planBasis = plan["legalBasis"]!.AsArray();
        TenantTestData.Strings(planBasis, "reference").ShouldBe(["300/KH-TWHCTĐ", "1381/QĐ-UBND"]);
        planBasis.ShouldAllBe(b => b!["documentId"] != null);

        // Bảo Lộc's letter cites Lâm Đồng's (its parent tenant) and a national conclusion.
        var letter = await FindDocumentAsync(baoLoc, "954-CV/ThU");
        TenantTestData.Strings(letter["legalBasis"], "reference").ShouldBe(["3678-CV/TU", "44-KL/TW"]);
        letter["legalBasis"]!.AsArray().ShouldAllBe(b => b!["documentId"] != null);

        var national = await host.GetJsonAsync<JsonObject>("/api/app/document?maxResultCount=100");
        TenantTestData.Strings(national["items"], "number")
            .ShouldBe(["300/KH-TWHCTĐ", "588/QĐ-TTg", "12665-CV/VPTW", "44-KL/TW"], ignoreOrder: true);
    }

    [Fact]
    public async Task Should_keep_a_document_that_has_no_number_or_date()
    {
        using var vinhLinh = await fixture.SignInAsync("vinh-linh", "admin");

        var letter = (await vinhLinh.GetJsonAsync<JsonObject>("/api/app/document"))["items"]!.AsArray().ShouldHaveSingleItem()!;

        letter["number"].ShouldBeNull();
        letter["issueDate"].ShouldBeNull();
        letter["title"]!.GetValue<string>().ShouldBe("Triển khai thực hiện Tháng Nhân đạo năm 2024");
        letter["legalBasis"]![0]!["reference"]!.GetValue<string>().ShouldBe("12665-CV/VPTW");
    }

    private static async Task<JsonNode> FindUnitByCodeAsync(ApiClient client, string code)
    {
        var list = await client.GetJsonAsync<JsonObject>($"/api/app/unit?filter={Uri.EscapeDataString(code)}&maxResultCount=1000");
        return list["items"]!.AsArray().Single(u => u!["code"]!.GetValue<string>() == code)!;
    }

    private static async Task<JsonNode> FindDocumentAsync(ApiClient client, string number)
    {
        var list = await client.GetJsonAsync<JsonObject>($"/api/app/document?filter={Uri.EscapeDataString(number)}");
        return list["items"]!.AsArray().Single(d => d!["number"]!.GetValue<string>() == number)!;
    }
}

[Collection(Collections.Sqlite)]
public sealed class OrganizationDemoData_Sqlite_Tests(SqliteAppFixture fixture) : OrganizationDemoData_Tests<SqliteAppFixture>(fixture);

// On both databases: the demo seeding writes Vietnamese text and references in the provider's tables, read back in order.
[Collection(Collections.MySql)]
public sealed class OrganizationDemoData_MySql_Tests(MySqlAppFixture fixture) : OrganizationDemoData_Tests<MySqlAppFixture>(fixture);
