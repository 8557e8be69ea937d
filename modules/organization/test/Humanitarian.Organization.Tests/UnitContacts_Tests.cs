using System.Net;
using System.Text.Json.Nodes;
using static Humanitarian.TestBase.TenantTestData;

namespace Humanitarian.Organization.Tests;

/// <summary>A unit's contacts, one of whom receives its reminders.</summary>
public abstract class UnitContacts_Tests<TFixture>(TFixture fixture, ClassShared<TestTenant> classTenant)
    : IClassFixture<ClassShared<TestTenant>> where TFixture : AppFixture
{
    [Fact]
    public async Task Should_add_update_and_delete_a_contact()
    {
        using var admin = await classTenant.SharedTenantAdminAsync(fixture);
        var unit = await CreateUnitAsync(admin, "HCTD", "Hội Chữ thập đỏ tỉnh", "RedCrossChapter");

        var added = await admin.SendExpectingAsync(HttpMethod.Post, $"/api/app/unit/{unit}/contact", new
        {
            name = "Phạm Thị Hoa", position = "Trưởng ban Công tác xã hội", email = "hoa@example.org",
            phone = "0900 000 004", receivesReminders = true,
        }, HttpStatusCode.OK);
        var contactId = added!["id"]!.GetValue<Guid>();
        added["receivesReminders"]!.GetValue<bool>().ShouldBeTrue();

        var contacts = await admin.GetJsonAsync<JsonObject>($"/api/app/unit/{unit}/contacts");
        Strings(contacts["items"], "name").ShouldBe(["Phạm Thị Hoa"]);
        Strings((await admin.GetJsonAsync<JsonObject>($"/api/app/unit/{unit}"))["contacts"], "email").ShouldBe(["hoa@example.org"]);

        var updated = await admin.SendExpectingAsync(HttpMethod.Put, $"/api/app/unit/{unit}/contact/{contactId}",
            new { name = "Phạm Thị Hoa", position = "Phó Chủ tịch Hội", email = "hoa@example.org", receivesReminders = false },
            HttpStatusCode.OK);
        updated!["position"]!.GetValue<string>().ShouldBe("Phó Chủ tịch Hội");
        updated["phone"].ShouldBeNull();

        await admin.SendExpectingAsync(HttpMethod.Delete, $"/api/app/unit/{unit}/contact/{contactId}", null, HttpStatusCode.OK);
        (await admin.GetJsonAsync<JsonObject>($"/api/app/unit/{unit}/contacts"))["items"]!.AsArray().ShouldBeEmpty();
        await admin.SendExpectingAsync(HttpMethod.Delete, $"/api/app/unit/{unit}/contact/{contactId}", null, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Should_refuse_a_bad_email_and_a_reminder_receiver_without_one()
    {
        using var admin = await classTenant.SharedTenantAdminAsync(fixture);
        var unit = await CreateUnitAsync(admin, "S", "Sở Y tế");

        var badEmail = await admin.SendExpectingAsync(HttpMethod.Post, $"/api/app/unit/{unit}/contact",
            new { name = "Lê Văn A", email = "le.van.a@" }, HttpStatusCode.BadRequest);
        var noEmail = await admin.SendExpectingAsync(HttpMethod.Post, $"/api/app/unit/{unit}/contact",
            new { name = "Lê Văn A", receivesReminders = true }, HttpStatusCode.BadRequest);
        var noName = await admin.SendExpectingAsync(HttpMethod.Post, $"/api/app/unit/{unit}/contact",
            new { email = "a@example.org" }, HttpStatusCode.BadRequest);

        ValidationMembers(badEmail).ShouldBe(["email"]);
        badEmail!["error"]!["validationErrors"]![0]!["message"]!.GetValue<string>().ShouldBe("Trường email không phải là địa chỉ e-mail hợp lệ.");
        ValidationMembers(noEmail).ShouldBe(["email"]);
        noEmail!["error"]!["validationErrors"]![0]!["message"]!.GetValue<string>().ShouldBe("Người nhận nhắc việc phải có địa chỉ e-mail.");
        ValidationMembers(noName).ShouldBe(["name"]);
        (await admin.GetJsonAsync<JsonObject>($"/api/app/unit/{unit}/contacts"))["items"]!.AsArray().ShouldBeEmpty();
    }

    [Fact]
    public async Task Should_not_reach_a_contact_through_another_unit()
    {
        using var admin = await classTenant.SharedTenantAdminAsync(fixture);
        var owner = await CreateUnitAsync(admin, "A", "Đơn vị A");
        var other = await CreateUnitAsync(admin, "B", "Đơn vị B");
        var contact = (await admin.SendExpectingAsync(HttpMethod.Post, $"/api/app/unit/{owner}/contact",
            new { name = "Trần Văn B" }, HttpStatusCode.OK))!["id"]!.GetValue<Guid>();

        await admin.SendExpectingAsync(HttpMethod.Put, $"/api/app/unit/{other}/contact/{contact}",
            new { name = "Chiếm quyền" }, HttpStatusCode.NotFound);
        await admin.SendExpectingAsync(HttpMethod.Delete, $"/api/app/unit/{other}/contact/{contact}", null, HttpStatusCode.NotFound);

        Strings((await admin.GetJsonAsync<JsonObject>($"/api/app/unit/{owner}/contacts"))["items"], "name").ShouldBe(["Trần Văn B"]);
    }
}

[Collection(Collections.Sqlite)]
public sealed class UnitContacts_Sqlite_Tests(SqliteAppFixture fixture, ClassShared<TestTenant> tenant)
    : UnitContacts_Tests<SqliteAppFixture>(fixture, tenant);
