using System.Net;
using System.Text.Json.Nodes;

namespace Humanitarian.Beneficiaries.Tests;

/// <summary>
/// National ID, HIV/AIDS and health details: only with <c>Humanitarian.Beneficiaries.SensitiveData</c>,
/// every read of them in the audit log; and a unit officer's view limited to its units' surveys.
/// </summary>
public abstract class SensitiveData_Tests<TFixture>(TFixture fixture) where TFixture : AppFixture
{
    private const string Url = "/api/app/humanitarian-address";

    [Fact]
    public async Task Should_leave_sensitive_fields_out_for_a_reader_without_the_permission_and_keep_them_on_its_update()
    {
        var tenant = await CreateTenantAsync(fixture);
        using var admin = await SignInAdminAsync(fixture, tenant);
        var id = (await admin.SendExpectingAsync(HttpMethod.Post, Url, new
        {
            fullName = "Vũ Thị Hạnh", sex = "Female", birthYear = 1985, nationalId = "001185012345",
            categories = new[] { "HivAids", "DifficultCircumstances" }, healthDetails = "Điều trị ARV tại Trung tâm Y tế huyện",
        }, HttpStatusCode.OK))!["id"]!.GetValue<Guid>();
        using var member = await SignInAsAsync(tenant, admin, "committee-member");

        var seen = await member.GetJsonAsync<JsonObject>($"{Url}/{id}");
        seen["nationalId"].ShouldBeNull();
        seen["healthDetails"].ShouldBeNull();
        seen["categories"]!.AsArray().Select(c => c!.GetValue<string>()).ShouldBe(["DifficultCircumstances"]);
        var listed = (await member.GetJsonAsync<JsonObject>(Url))["items"]![0]!;
        (listed["nationalId"], listed["healthDetails"]).ShouldBe((null, null));
        (await member.GetJsonAsync<JsonObject>($"{Url}?category=HivAids"))["totalCount"]!.GetValue<long>().ShouldBe(0, "no way round by filtering");
        (await member.GetJsonAsync<JsonObject>($"{Url}?filter=001185012345"))["totalCount"]!.GetValue<long>().ShouldBe(0, "nor by searching the number");

        using var officer = await SignInAsAsync(tenant, admin, "standing-deputy");
        var full = await officer.GetJsonAsync<JsonObject>($"{Url}/{id}");
        full["nationalId"]!.GetValue<string>().ShouldBe("001185012345");
        full["healthDetails"]!.GetValue<string>().ShouldStartWith("Điều trị ARV");
        full["categories"]!.AsArray().Select(c => c!.GetValue<string>()).ShouldBe(["DifficultCircumstances", "HivAids"]);
        (await officer.GetJsonAsync<JsonObject>($"{Url}?filter=001 185 012 345"))["totalCount"]!.GetValue<long>().ShouldBe(1);
    }

    [Fact]
    public async Task Should_refuse_sensitive_input_from_someone_who_may_not_read_it_and_keep_what_is_stored_on_their_update()
    {
        var tenant = await CreateTenantAsync(fixture);
        using var admin = await SignInAdminAsync(fixture, tenant);
        var unit = await CreateUnitAsync(admin, "PX", "Hội Chữ thập đỏ phường Phú Xuân", "RedCrossChapter");
        var id = (await admin.SendExpectingAsync(HttpMethod.Post, Url, new
        {
            fullName = "Vũ Thị Hạnh", sex = "Female", birthYear = 1985, nationalId = "001185012345", categories = new[] { "HivAids" },
            healthDetails = "Điều trị ARV", surveyingUnitId = unit,
        }, HttpStatusCode.OK))!["id"]!.GetValue<Guid>();
        using var officer = await SignInAsAsync(tenant, admin, "unit-officer", unit);

        var refused = await officer.SendExpectingAsync(HttpMethod.Post, Url,
            new { fullName = "Lê Văn Sơn", nationalId = "123456789", categories = new[] { "HivAids" }, surveyingUnitId = unit }, HttpStatusCode.BadRequest);
        ValidationMembers(refused).ShouldBe(["nationalId", "categories"]);
        var shown = await officer.GetJsonAsync<JsonObject>($"{Url}/{id}");
        shown["categories"] = new JsonArray("Disability");
        shown["circumstances"] = "Khuyết tật vận động";
        await officer.SendExpectingAsync(HttpMethod.Put, $"{Url}/{id}", shown, HttpStatusCode.OK);

        var stored = await admin.GetJsonAsync<JsonObject>($"{Url}/{id}");
        stored["nationalId"]!.GetValue<string>().ShouldBe("001185012345");
        stored["healthDetails"]!.GetValue<string>().ShouldBe("Điều trị ARV");
        stored["categories"]!.AsArray().Select(c => c!.GetValue<string>()).ShouldBe(["HivAids", "Disability"]);
        stored["circumstances"]!.GetValue<string>().ShouldBe("Khuyết tật vận động");
    }

    [Fact]
    public async Task Should_write_every_read_of_sensitive_data_to_the_audit_log_and_no_sensitive_value_into_it()
    {
        var tenant = await CreateTenantAsync(fixture);
        using var admin = await SignInAdminAsync(fixture, tenant);
        var sensitive = (await admin.SendExpectingAsync(HttpMethod.Post, Url,
            new { fullName = "Vũ Thị Hạnh", nationalId = "123456789", healthDetails = "Điều trị ARV" }, HttpStatusCode.OK))!["id"]!.GetValue<Guid>();
        var plain = (await admin.SendExpectingAsync(HttpMethod.Post, Url, new { fullName = "Lê Văn Sơn" }, HttpStatusCode.OK))!["id"]!.GetValue<Guid>();
        using var deputy = await SignInAsAsync(tenant, admin, "standing-deputy");

        await deputy.GetJsonAsync<JsonObject>($"{Url}/{sensitive}");
        await deputy.GetJsonAsync<JsonObject>(Url);
        await deputy.GetJsonAsync<JsonObject>($"{Url}/{plain}");

        var logs = (await admin.GetJsonAsync<JsonObject>("/api/audit-logging/audit-logs?entityType=HumanitarianAddress&maxResultCount=100"))["items"]!.AsArray();
        var reads = logs.SelectMany(log => log!["entityChanges"]!.AsArray().Select(c => (User: log["userName"]!.GetValue<string>(), Change: c!)))
            .Where(r => r.Change["changeType"]!.GetValue<string>() == "Read").ToList();
        reads.Count.ShouldBe(2, "the record's page and the list; the record without sensitive data is not counted");
        reads.ShouldAllBe(r => r.Change["entityId"]!.GetValue<string>() == sensitive.ToString() && r.User.StartsWith("standing-deputy"));
        logs.ToJsonString().ShouldNotContain("123456789");
        logs.ToJsonString().ShouldNotContain("ARV");
    }

    [Fact]
    public async Task Should_show_a_unit_officer_its_units_surveys_only_and_let_it_record_for_them_only()
    {
        var tenant = await CreateTenantAsync(fixture);
        using var admin = await SignInAdminAsync(fixture, tenant);
        var own = await CreateUnitAsync(admin, "TD", "Hội Chữ thập đỏ xã Tân Định", "RedCrossChapter");
        var other = await CreateUnitAsync(admin, "BT", "Hội Chữ thập đỏ xã Bình Thạnh", "RedCrossChapter");
        var theirs = (await admin.SendExpectingAsync(HttpMethod.Post, Url, new { fullName = "Trịnh Văn Lộc", surveyingUnitId = other }, HttpStatusCode.OK))!
            ["id"]!.GetValue<Guid>();
        using var officer = await SignInAsAsync(tenant, admin, "unit-officer", own);

        var mine = (await officer.SendExpectingAsync(HttpMethod.Post, Url, new { fullName = "Mai Thị Thu", surveyingUnitId = own }, HttpStatusCode.OK))!
            ["id"]!.GetValue<Guid>();
        var refused = await officer.SendExpectingAsync(HttpMethod.Post, Url, new { fullName = "Mai Thị Thu", surveyingUnitId = other }, HttpStatusCode.BadRequest);
        ValidationMembers(refused).ShouldBe(["surveyingUnitId"]);

        Ids((await officer.GetJsonAsync<JsonObject>(Url))["items"]).ShouldBe([mine]);
        await officer.SendExpectingAsync(HttpMethod.Get, $"{Url}/{theirs}", null, HttpStatusCode.NotFound);
        (await admin.GetJsonAsync<JsonObject>(Url))["totalCount"]!.GetValue<long>().ShouldBe(2);
    }

    private async Task<ApiClient> SignInAsAsync(TestTenant tenant, ApiClient admin, string role, Guid? unitId = null)
    {
        var userName = UniqueName(role);
        await CreateUserAsync(admin, userName, unitId, role);
        return await fixture.SignInAsync(tenant.Name, userName, TestTenant.AdminPassword);
    }
}

[Collection(Collections.Sqlite)]
public sealed class SensitiveData_Sqlite_Tests(SqliteAppFixture fixture) : SensitiveData_Tests<SqliteAppFixture>(fixture);

[Collection(Collections.MySql)]
public sealed class SensitiveData_MySql_Tests(MySqlAppFixture fixture) : SensitiveData_Tests<MySqlAppFixture>(fixture);
