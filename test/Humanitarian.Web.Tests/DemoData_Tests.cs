using System.Text.Json.Nodes;
using Humanitarian.Framework.Authorization;

namespace Humanitarian.Web.Tests;

/// <summary>
/// The demo looks like a real deployment: its users are people with full names, and no text a user reads
/// says which source document a row was made from (seeds/README.md does).
/// </summary>
public abstract class DemoData_Tests<TFixture>(TFixture fixture) where TFixture : AppFixture
{
    /// <summary>The demo tenants of the README's sign-in table.</summary>
    private static readonly string[] DemoTenants = ["ha-noi", "lam-dong", "bao-loc", "khanh-hoa", "ninh-thuan", "quang-tri", "vinh-linh"];

    /// <summary>What the seeds' authors wrote about the seeds; "Nguồn 000 là bản tin HNP…" once showed on a document.</summary>
    private static readonly string[] Provenance = ["Nguồn 0", "source 0", "dữ liệu mẫu", "DOMAIN.md"];

    [Fact]
    public async Task Should_give_every_demo_user_a_full_name()
    {
        var people = new List<string>();
        foreach (var (tenant, userNames) in DemoTenants.Select(t => ((string?)t, DefaultRoleNames.All))
                     .Prepend((null, [DefaultRoleNames.Admin])))
        {
            using var admin = await fixture.SignInAsync(tenant, DefaultRoleNames.Admin);
            var users = (await admin.GetJsonAsync<JsonObject>("/api/identity/users?maxResultCount=1000"))["items"]!.AsArray();
            foreach (var userName in userNames)
            {
                var user = users.Single(u => u!["userName"]!.GetValue<string>() == userName)!;
                var surname = user["surname"]?.GetValue<string>();
                var name = user["name"]?.GetValue<string>();
                // Surname holds the family and middle names ("Nguyễn Thị"), Name the given name ("Lan").
                surname.ShouldNotBeNull($"{userName} of {tenant ?? "the host"}").Split(' ').Length.ShouldBeGreaterThanOrEqualTo(2);
                name.ShouldNotBeNullOrWhiteSpace($"{userName} of {tenant ?? "the host"}");
                name.ShouldNotContain(' ');
                people.Add($"{surname} {name}");
            }
        }

        people.Count.ShouldBe(1 + DemoTenants.Length * DefaultRoleNames.All.Count);
        people.ShouldBeUnique();
    }

    [Fact]
    public async Task Should_show_no_note_about_the_demos_sources()
    {
        using var host = await fixture.SignInAsync(null, DefaultRoleNames.Admin);
        var texts = await TextsAsync(host, "/api/app/document?maxResultCount=1000");
        foreach (var tenant in DemoTenants)
        {
            using var admin = await fixture.SignInAsync(tenant, DefaultRoleNames.Admin);
            texts.AddRange(await TenantTextsAsync(admin));
        }

        texts.Count.ShouldBeGreaterThan(1000, "the demo's documents, units, committees, campaigns, addresses and funds were read");
        texts.Where(t => Provenance.Any(p => t.Contains(p, StringComparison.OrdinalIgnoreCase))).ShouldBeEmpty();
    }

    /// <summary>Every text of the tenant's demo data as its API gives it, one module after the other.</summary>
    private static async Task<List<string>> TenantTextsAsync(ApiClient admin)
    {
        var texts = new List<string>();
        foreach (var list in new[]
                 {
                     "document", "unit", "administrative-area", "humanitarian-address", "sponsorship", "survey-round",
                     "fund", "donor", "donation", "pledge", "disbursement",
                 })
        {
            texts.AddRange(await TextsAsync(admin, $"/api/app/{list}?maxResultCount=1000"));
        }
        foreach (var committee in await ItemsAsync(admin, "/api/app/committee?maxResultCount=1000"))
        {
            texts.AddRange(Strings(committee));
            texts.AddRange(await TextsAsync(admin, $"/api/app/committee/{committee["id"]}/members?includeEnded=true"));
        }
        foreach (var campaign in await ItemsAsync(admin, "/api/app/campaign?maxResultCount=1000"))
        {
            texts.AddRange(await TextsAsync(admin, $"/api/app/campaign/{campaign["id"]}"));
            foreach (var part in new[] { "campaign-target", "task-assignment", "campaign-activity" })
            {
                texts.AddRange(await TextsAsync(admin, $"/api/app/{part}?campaignId={campaign["id"]}&maxResultCount=1000"));
            }
        }
        return texts;
    }

    private static async Task<List<string>> TextsAsync(ApiClient client, string url) =>
        Strings(await client.GetJsonAsync<JsonNode>(url)).ToList();

    private static async Task<List<JsonNode>> ItemsAsync(ApiClient client, string url) =>
        (await client.GetJsonAsync<JsonObject>(url))["items"]!.AsArray().Select(i => i!).ToList();

    private static IEnumerable<string> Strings(JsonNode? node) => node switch
    {
        JsonObject o => o.SelectMany(p => Strings(p.Value)),
        JsonArray a => a.SelectMany(Strings),
        JsonValue v when v.TryGetValue<string>(out var text) => [text],
        _ => [],
    };
}

[Collection(Collections.Sqlite)]
public sealed class DemoData_Sqlite_Tests(SqliteAppFixture fixture) : DemoData_Tests<SqliteAppFixture>(fixture);
