using System.Net;
using System.Text.Json.Nodes;
using Humanitarian.Framework.Emailing;
using Humanitarian.Framework.MultiTenancy;
using Humanitarian.Framework.TextTemplating;
using Microsoft.Extensions.DependencyInjection;

namespace Humanitarian.Web.Tests;

/// <summary>ABP's TextTemplateManagement API: defaults per culture, a tenant's own content, restore, and the editing page.</summary>
public abstract class TextTemplates_Tests<TFixture>(TFixture fixture) where TFixture : AppFixture
{
    private const string Contents = "/api/text-template-management/template-contents";
    private const string Message = StandardEmailTemplates.Message;

    private async Task<string> RenderAsync(Guid? tenantId, string cultureName)
    {
        using var scope = fixture.Factory.Services.CreateScope();
        using var tenant = scope.ServiceProvider.GetRequiredService<ICurrentTenant>().Change(tenantId);
        return await scope.ServiceProvider.GetRequiredService<ITemplateRenderer>()
            .RenderAsync(Message, new StandardEmailMessageModel("Xin chào <b>"), cultureName);
    }

    private static string ContentUrl(string cultureName) => $"{Contents}?templateName={Message}&cultureName={cultureName}";

    [Fact]
    public async Task Should_list_the_defined_templates()
    {
        using var admin = await TenantTestData.SignInAdminAsync(fixture, await TenantTestData.CreateTenantAsync(fixture));

        var list = await admin.GetJsonAsync<JsonObject>("/api/text-template-management/template-definitions?maxResultCount=1000");

        var message = list["items"]!.AsArray().Single(t => t!["name"]!.GetValue<string>() == Message)!;
        message["layout"]!.GetValue<string>().ShouldBe(StandardEmailTemplates.Layout);
        message["displayName"]!.GetValue<string>().ShouldBe("Thư thông báo đơn giản");
        list["items"]!.AsArray().Single(t => t!["name"]!.GetValue<string>() == StandardEmailTemplates.Layout)!["isLayout"]!
            .GetValue<bool>().ShouldBeTrue();
    }

    [Fact]
    public async Task Should_render_the_default_per_culture_inside_the_layout()
    {
        var vi = await RenderAsync(null, "vi-VN");
        var en = await RenderAsync(null, "en");

        // Scriban's html.escape writes letters beyond Latin-1 as character references; mail clients show them as letters.
        vi.ShouldContain("<p>Xin ch&#224;o &lt;b&gt;</p>");
        vi.ShouldContain("Thư này được gửi tự động");
        en.ShouldContain("This message was sent automatically");
    }

    [Fact]
    public async Task Should_use_a_tenants_own_content_for_that_tenant_and_culture_only_until_restored()
    {
        var tenantA = await TenantTestData.CreateTenantAsync(fixture);
        var tenantB = await TenantTestData.CreateTenantAsync(fixture);
        using var admin = await TenantTestData.SignInAdminAsync(fixture, tenantA);

        await admin.SendExpectingAsync(HttpMethod.Put, Contents,
            new { templateName = Message, cultureName = "vi", content = "<p>Riêng của A: {{ model.message }}</p>" }, HttpStatusCode.OK);

        var read = await admin.GetJsonAsync<JsonObject>(ContentUrl("vi"));
        read["content"]!.GetValue<string>().ShouldBe("<p>Riêng của A: {{ model.message }}</p>");
        read["isOverride"]!.GetValue<bool>().ShouldBeTrue();
        (await RenderAsync(tenantA.Id, "vi-VN")).ShouldContain("Riêng của A: Xin chào");
        (await RenderAsync(tenantA.Id, "en")).ShouldNotContain("Riêng của A");
        (await RenderAsync(tenantB.Id, "vi-VN")).ShouldNotContain("Riêng của A");

        await admin.SendExpectingAsync(HttpMethod.Put, Contents + "/restore-to-default",
            new { templateName = Message, cultureName = "vi" }, HttpStatusCode.OK);

        (await admin.GetJsonAsync<JsonObject>(ContentUrl("vi")))["isOverride"]!.GetValue<bool>().ShouldBeFalse();
        (await RenderAsync(tenantA.Id, "vi-VN")).ShouldNotContain("Riêng của A");
    }

    [Fact]
    public async Task Should_update_the_hosts_own_content_in_place()
    {
        using var host = await TestData.SignInHostAdminAsync(fixture);
        try
        {
            foreach (var content in new[] { "<p>Một {{ model.message }}</p>", "<p>Hai {{ model.message }}</p>" })
            {
                await host.SendExpectingAsync(HttpMethod.Put, Contents,
                    new { templateName = Message, cultureName = "en", content }, HttpStatusCode.OK);
            }
            (await RenderAsync(null, "en")).ShouldContain("<p>Hai Xin chào");
        }
        finally
        {
            await host.SendExpectingAsync(HttpMethod.Put, Contents + "/restore-to-default",
                new { templateName = Message, cultureName = "en" }, HttpStatusCode.OK);
        }
    }

    [Fact]
    public async Task Should_refuse_a_content_that_does_not_parse_naming_the_field()
    {
        using var admin = await TenantTestData.SignInAdminAsync(fixture, await TenantTestData.CreateTenantAsync(fixture));

        var response = await admin.PutAsync(Contents, new { templateName = Message, cultureName = "vi", content = "{{ if model.message }}" });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync());
        TenantTestData.ValidationMembers(body).ShouldBe(["content"]);
        body!["error"]!["validationErrors"]![0]!["message"]!.GetValue<string>().ShouldStartWith("Mẫu có lỗi");
    }

    [Fact]
    public async Task Should_refuse_an_unknown_template_or_culture()
    {
        using var admin = await TenantTestData.SignInAdminAsync(fixture, await TenantTestData.CreateTenantAsync(fixture));

        var unknownTemplate = await admin.PutAsync(Contents, new { templateName = "Khong.Co", cultureName = "vi", content = "x" });
        var unknownCulture = await admin.GetAsync($"{Contents}?templateName={Message}&cultureName=fr");

        unknownTemplate.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        TenantTestData.ValidationMembers(JsonNode.Parse(await unknownTemplate.Content.ReadAsStringAsync())).ShouldBe(["templateName"]);
        unknownCulture.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        TenantTestData.ValidationMembers(JsonNode.Parse(await unknownCulture.Content.ReadAsStringAsync())).ShouldBe(["cultureName"]);
    }

    [Fact]
    public async Task Should_fall_back_to_the_default_when_a_tenants_content_fails_to_render()
    {
        var tenant = await TenantTestData.CreateTenantAsync(fixture);
        using var admin = await TenantTestData.SignInAdminAsync(fixture, tenant);
        await admin.SendExpectingAsync(HttpMethod.Put, Contents,
            new { templateName = Message, cultureName = "vi", content = "{{ while true }}x{{ end }}" }, HttpStatusCode.OK);

        (await RenderAsync(tenant.Id, "vi")).ShouldContain("<p>Xin ch&#224;o &lt;b&gt;</p>");
    }

    [Fact]
    public async Task Should_preview_a_draft_on_the_editing_page_without_saving_it()
    {
        var tenant = await TenantTestData.CreateTenantAsync(fixture);
        using var admin = await TenantTestData.SignInAdminAsync(fixture, tenant);
        var page = await admin.GetAsync($"/TextTemplateManagement/TextTemplates/Edit?templateName={Message}&cultureName=vi");
        page.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await page.Content.ReadAsStringAsync()).ShouldContain("srcdoc=");

        var preview = await admin.SendAsync(HttpMethod.Post, "/TextTemplateManagement/TextTemplates/Edit?handler=Preview", null,
            r => r.Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Input.TemplateName"] = Message, ["Input.CultureName"] = "vi",
                ["Input.Content"] = "<p>Bản nháp: {{ model.message | string.upcase }}</p>",
            }));

        preview.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await preview.Content.ReadAsStringAsync()).ShouldContain("Bản nháp: LOREM IPSUM");
        (await admin.GetJsonAsync<JsonObject>(ContentUrl("vi")))["isOverride"]!.GetValue<bool>().ShouldBeFalse();
    }
}

[Collection(Collections.Sqlite)]
public sealed class TextTemplates_Sqlite_Tests(SqliteAppFixture fixture) : TextTemplates_Tests<SqliteAppFixture>(fixture);

// On both databases: a tenant's own content is found through the tenant query filter and a unique index with a NULL tenant for the host.
[Collection(Collections.MySql)]
public sealed class TextTemplates_MySql_Tests(MySqlAppFixture fixture) : TextTemplates_Tests<MySqlAppFixture>(fixture);
