using System.Text.Json.Nodes;
using Humanitarian.Campaigns.Data.Seeding;
using Humanitarian.Campaigns.Entities;
using Humanitarian.Framework.Data;
using Humanitarian.Framework.MultiTenancy;
using Humanitarian.Web.Data;
using Humanitarian.Web.Seeding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Humanitarian.Campaigns.Tests;

/// <summary>The demo tenants show the module to a newcomer: the source plans' campaigns with targets, tasks in every state and activities.</summary>
public abstract class CampaignDemoData_Tests<TFixture>(TFixture fixture) where TFixture : AppFixture
{
    [Fact]
    public async Task Should_seed_the_source_plans_in_their_tenants()
    {
        (await CampaignsOfAsync("quang-tri")).Select(Kind).ShouldBe(["HumanitarianAddress"]);
        (await CampaignsOfAsync("ha-noi")).Select(Kind).ShouldBe(["FundDrive"]);
        (await CampaignsOfAsync("ninh-thuan")).Select(Kind).ShouldBe(["ChildrenSupport"]);
        (await CampaignsOfAsync("bao-loc")).Select(Kind).ShouldBe(["HumanitarianMonth", "TetNhanAi"], ignoreOrder: true);

        var tet = (await CampaignsOfAsync("bao-loc")).Single(c => Kind(c) == "TetNhanAi");
        tet["recurrence"]!.GetValue<string>().ShouldBe("YearlyLunar");
        tet["startDate"]!.GetValue<string>().ShouldBe("2025-01-14");
        tet["endDate"]!.GetValue<string>().ShouldBe("2025-01-29");

        using var vinhLinh = await fixture.SignInAsync("vinh-linh", "admin");
        var month = (await CampaignsOfAsync("vinh-linh")).ShouldHaveSingleItem();
        month["recurrence"]!.GetValue<string>().ShouldBe("Yearly");
        var run = await vinhLinh.GetJsonAsync<JsonObject>($"/api/app/campaign/{month["id"]}/occurrence?year=2024");
        run["theme"]!.GetValue<string>().ShouldBe("Hành trình nhân đạo – Trao nhận yêu thương");
        run["startDate"]!.GetValue<string>().ShouldBe("2024-05-01");
        run["endDate"]!.GetValue<string>().ShouldBe("2024-05-31");
    }

    [Fact]
    public async Task Should_seed_quang_tris_targets_committee_and_legal_basis()
    {
        using var admin = await fixture.SignInAsync("quang-tri", "admin");
        var campaign = (await CampaignsOfAsync("quang-tri")).ShouldHaveSingleItem();

        campaign["committeeId"].ShouldNotBeNull();
        campaign["legalBasisDocumentIds"]!.AsArray().Count.ShouldBe(3);
        var targets = await admin.GetJsonAsync<JsonObject>($"/api/app/campaign-target?campaignId={campaign["id"]}");
        Strings(targets["items"], "metric")
            .ShouldBe(["AddressesSponsoredPerSponsor", "AddressesHelpedPercent", "FacilitiesSponsored"], ignoreOrder: true);
        var tasks = await admin.GetJsonAsync<JsonObject>($"/api/app/task-assignment?campaignId={campaign["id"]}&maxResultCount=100");
        Strings(tasks["items"], "title").ShouldContain("Khảo sát, lập hồ sơ địa chỉ nhân đạo năm 2020");
    }

    [Fact]
    public async Task Should_seed_tasks_in_every_state_of_the_report_workflow()
    {
        using var admin = await fixture.SignInAsync("vinh-linh", "admin");
        var month = (await CampaignsOfAsync("vinh-linh")).ShouldHaveSingleItem();

        var tasks = (await admin.GetJsonAsync<JsonObject>($"/api/app/task-assignment?campaignId={month["id"]}&maxResultCount=100"))["items"]!
            .AsArray().Select(t => t!).ToList();

        tasks.ShouldAllBe(t => t["title"]!.GetValue<string>() == "Báo cáo kết quả Tháng Nhân đạo năm 2024" && t["year"]!.GetValue<int>() == 2024);
        tasks.Select(t => t["status"]!.GetValue<string>()).Distinct().ShouldBe(["Open", "Submitted", "Accepted", "Returned"], ignoreOrder: true);
        tasks.Count(t => t["isOverdue"]!.GetValue<bool>()).ShouldBe(3, "two never reported, one returned");
        tasks.Count(t => t["isOnTime"]?.GetValue<bool>() == true).ShouldBe(3);
        tasks.Count(t => t["isOnTime"]?.GetValue<bool>() == false).ShouldBe(2);
        tasks.Single(t => t["status"]!.GetValue<string>() == "Returned")["reviewComment"]!.GetValue<string>().ShouldNotBeNullOrWhiteSpace();
    }

    [Fact]
    public async Task Should_measure_ha_nois_conference_target_on_the_districts_that_held_one()
    {
        using var admin = await fixture.SignInAsync("ha-noi", "admin");
        var drive = (await CampaignsOfAsync("ha-noi")).ShouldHaveSingleItem();

        var targets = (await admin.GetJsonAsync<JsonObject>($"/api/app/campaign-target?campaignId={drive["id"]}"))["items"]!.AsArray();

        drive["participantUnitIds"]!.AsArray().Count.ShouldBe(30);
        var conferences = targets.Single(t => t!["metric"]!.GetValue<string>() == "UnitsWithActivityPercent")!;
        conferences["activityKind"]!.GetValue<string>().ShouldBe("Conference");
        conferences["actual"]!.GetValue<decimal>().ShouldBe(40m, "12 of the 30 districts, Thanh Trì's pilot among them");
        conferences["isMet"]!.GetValue<bool>().ShouldBeFalse();
        // Measured by Fundraising from its demo donations; its own demo test checks the figure.
        targets.Single(t => t!["metric"]!.GetValue<string>() == "FundsRaisedGrowthPercent")!["actual"].ShouldNotBeNull();
    }

    [Fact]
    public async Task Should_add_nothing_when_seeding_runs_again()
    {
        var before = await CountAsync();

        using (var scope = fixture.Factory.Services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<DataSeeder>().SeedAsync();
        }

        (await CountAsync()).ShouldBe(before);
        before.Campaigns.ShouldBeGreaterThanOrEqualTo(6);
    }

    [Fact]
    public void Should_seed_organization_before_the_campaigns_that_name_its_units_whatever_the_modules_order()
    {
        using var scope = fixture.Factory.Services.CreateScope();
        // Campaigns' contributor registered first, as a different module order would have it.
        var campaignsFirst = scope.ServiceProvider.GetServices<IDataSeedContributor>()
            .OrderByDescending(c => c is CampaignDataSeedContributor).ToList();

        var order = DataSeeder.InOrder(campaignsFirst).Select(c => c.GetType().Name).ToList();

        order.IndexOf("OrganizationDataSeedContributor").ShouldBeLessThan(order.IndexOf(nameof(CampaignDataSeedContributor)));
        order.IndexOf(nameof(CampaignDataSeedContributor)).ShouldBeGreaterThanOrEqualTo(0);
    }

    private async Task<(int Campaigns, int Targets, int Tasks, int Activities)> CountAsync()
    {
        using var scope = fixture.Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<HumanitarianDbContext>();
        using (scope.ServiceProvider.GetRequiredService<IDataFilter>().Disable<IMultiTenant>())
        {
            return (await db.Set<Campaign>().CountAsync(), await db.Set<CampaignTarget>().CountAsync(),
                await db.Set<TaskAssignment>().CountAsync(), await db.Set<CampaignActivity>().CountAsync());
        }
    }

    private async Task<List<JsonNode>> CampaignsOfAsync(string tenant)
    {
        using var admin = await fixture.SignInAsync(tenant, "admin");
        var list = await admin.GetJsonAsync<JsonObject>("/api/app/campaign?maxResultCount=100");
        return list["items"]!.AsArray().Select(c => c!).ToList();
    }

    private static string Kind(JsonNode campaign) => campaign["kind"]!.GetValue<string>();
}

[Collection(Collections.Sqlite)]
public sealed class CampaignDemoData_Sqlite_Tests(SqliteAppFixture fixture) : CampaignDemoData_Tests<SqliteAppFixture>(fixture);

// On both databases: submission times read back as UTC decide on time or late, and the seeded Vietnamese text and dates.
[Collection(Collections.MySql)]
public sealed class CampaignDemoData_MySql_Tests(MySqlAppFixture fixture) : CampaignDemoData_Tests<MySqlAppFixture>(fixture);
