using System.Globalization;
using System.Net;
using Humanitarian.Beneficiaries.Addresses;
using Humanitarian.Beneficiaries.Entities;
using Humanitarian.Beneficiaries.Services.Addresses;
using Humanitarian.Framework.MultiTenancy;
using Humanitarian.Organization.AdministrativeAreas;
using Humanitarian.Organization.Entities;
using Humanitarian.TestBase;
using Humanitarian.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Humanitarian.Bench;

/// <summary>
/// Humanitarian addresses at national scale: province tenants below the host made through the API (their
/// admin, roles, seeds), each with its communes and wards as administrative areas and 60 addresses per
/// commune, inserted straight into the database with EF (a province at a time, in batches with the change
/// tracker cleared): through the API 200,000 addresses would take over an hour. Each address is built with
/// the entity's own methods, so its folded name and commune, category bits and consents are as the app
/// writes them; about half the people carry a CCCD protected and hashed by the app's <see cref="HumanitarianAddressManager"/>.
/// People's names are unique within a province (family, middle and two given names from short lists), so a
/// page sorted by name has one right answer to compare.
/// </summary>
public static class AddressListData
{
    public const int PerCommune = 60;
    private const int Batch = 2_000;

    public sealed record Province(Guid Id, string Name, IReadOnlyList<Guid> Communes);

    private static readonly string[] Families =
        ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô"];
    private static readonly string[] Middles = ["Văn", "Thị", "Hữu", "Đức", "Ngọc"];
    private static readonly string[] FirstGiven =
        ["Anh", "Bảo", "Chí", "Diệu", "Gia", "Hoài", "Hồng", "Khánh", "Kim", "Lan", "Mai", "Minh", "Nhật", "Phương", "Quang", "Thanh", "Thu", "Tuấn", "Xuân", "Yến"];
    private static readonly string[] SecondGiven =
        ["An", "Bình", "Châu", "Dũng", "Giang", "Hà", "Hải", "Hiếu", "Hoa", "Hùng", "Khoa", "Linh", "Long", "Nam", "Nga", "Phúc", "Quân", "Sơn", "Tâm", "Vy"];
    private static readonly AddressCategory[] Primary =
    [
        AddressCategory.WarVictim, AddressCategory.AgentOrange, AddressCategory.DifficultCircumstances, AddressCategory.Disability,
        AddressCategory.LonelyElderly, AddressCategory.Orphan, AddressCategory.DisadvantagedChild,
    ];

    public static async Task<IReadOnlyList<Province>> SeedAsync(HumanitarianWebFactory factory, ApiClient host, int provinces, int addresses)
    {
        var communes = (addresses + PerCommune - 1) / PerCommune;
        var communesPer = Enumerable.Range(0, provinces).Select(i => communes / provinces + (i < communes % provinces ? 1 : 0)).ToList();
        var seeded = new List<Province>();
        var left = addresses;
        for (var p = 1; p <= provinces; p++)
        {
            var (id, name) = await CreateTenantAsync(host, $"bench-list-p{p:D2}", $"Tỉnh {p:D2}");
            var count = Math.Min(left, communesPer[p - 1] * PerCommune);
            seeded.Add(await FillAsync(factory.Services, id, name, p, communesPer[p - 1], count));
            left -= count;
            Console.WriteLine($"Province {p}: {communesPer[p - 1]} communes, {count} addresses");
        }
        await AnalyseAsync(factory);
        return seeded;
    }

    /// <summary>Statistics for the planner, as a database in use would have (see <see cref="CampaignScaleData"/>).</summary>
    private static async Task AnalyseAsync(HumanitarianWebFactory factory)
    {
        using var scope = factory.Services.CreateScope();
        var database = scope.ServiceProvider.GetRequiredService<HumanitarianDbContext>().Database;
        await database.ExecuteSqlRawAsync(factory.Provider == DatabaseProvider.MySql
            ? "ANALYZE TABLE BenHumanitarianAddresses, OrgAdministrativeAreas, AbpTenants"
            : "ANALYZE");
    }

    private static async Task<(Guid Id, string Name)> CreateTenantAsync(ApiClient host, string name, string displayName)
    {
        var body = await host.SendExpectingAsync(HttpMethod.Post, "/api/multi-tenancy/tenants", new
        {
            name, displayName, level = "Province", parentId = (Guid?)null,
            adminEmailAddress = $"admin@{name}.bench.local", adminPassword = HumanitarianWebFactory.DemoPassword,
        }, HttpStatusCode.OK);
        return (body!["id"]!.GetValue<Guid>(), name);
    }

    private static async Task<Province> FillAsync(IServiceProvider services, Guid tenantId, string name, int p, int communeCount, int count)
    {
        using var scope = services.CreateScope();
        using var tenant = scope.ServiceProvider.GetRequiredService<ICurrentTenant>().Change(tenantId);
        var db = scope.ServiceProvider.GetRequiredService<HumanitarianDbContext>();
        var manager = scope.ServiceProvider.GetRequiredService<HumanitarianAddressManager>();
        var areas = Enumerable.Range(1, communeCount).Select(c => new AdministrativeArea(Guid.NewGuid(), $"{p:D2}{c:D3}",
            c % 3 == 0 ? $"Phường Số {c} tỉnh {p:D2}" : $"Xã Số {c} tỉnh {p:D2}",
            c % 3 == 0 ? AdministrativeAreaLevel.Ward : AdministrativeAreaLevel.Commune, null)).ToList();
        db.AddRange(areas);
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();

        var now = DateTime.UtcNow;
        var (person, pending) = (0, 0);
        for (var k = 0; k < count; k++)
        {
            var area = areas[k / PerCommune];
            db.Add(await AddressAsync(manager, tenantId, k, k % 10 == 5 ? -1 : person++, area, now));
            if (++pending == Batch || k == count - 1)
            {
                await db.SaveChangesAsync();
                db.ChangeTracker.Clear();
                pending = 0;
            }
        }
        return new Province(tenantId, name, areas.Select(a => a.Id).ToList());
    }

    /// <param name="k">The address's number in its province.</param>
    /// <param name="j">The person's number in its province (unique name); -1 for a facility.</param>
    private static async Task<HumanitarianAddress> AddressAsync(
        HumanitarianAddressManager manager, Guid tenantId, int k, int j, AdministrativeArea area, DateTime now)
    {
        var facility = j < 0;
        var address = new HumanitarianAddress(Guid.NewGuid(), facility ? HumanitarianAddressKind.Facility : HumanitarianAddressKind.Person)
        {
            TenantId = tenantId,
        };
        var categories = new List<AddressCategory>();
        if (facility)
        {
            manager.Describe(address, $"Trung tâm bảo trợ xã hội số {k}", null, null, null, (FacilityKind)(k % 4), 30 + k % 50);
        }
        else
        {
            var middle = Middles[j / Families.Length % Middles.Length];
            var female = middle == "Thị";
            var birthYear = 1930 + j % 90;
            var fullName = string.Join(' ', Families[j % Families.Length], middle,
                FirstGiven[j / (Families.Length * Middles.Length) % FirstGiven.Length],
                SecondGiven[j / (Families.Length * Middles.Length * FirstGiven.Length) % SecondGiven.Length]);
            manager.Describe(address, fullName, birthYear, null, female ? Sex.Female : Sex.Male, null, null);
            // Half of them, at random but the same each run: by j's parity alone it would follow the family name (j % 14).
            if (unchecked((uint)j * 2654435761u) >> 31 == 0)
            {
                await manager.SetNationalIdAsync(address, string.Create(CultureInfo.InvariantCulture,
                    $"{1 + j % 96:000}{(birthYear >= 2000 ? 2 : 0) + (female ? 1 : 0)}{birthYear % 100:00}{j % 1_000_000:000000}"));
            }
            categories.Add(Primary[j % Primary.Length]);
            if (j % 3 == 0)
            {
                categories.Add(AddressCategory.LonelyElderly);
            }
            if (j % 199 == 0)
            {
                categories.Add(AddressCategory.HivAids);
            }
        }
        if (k % 4 == 0)
        {
            categories.Add(AddressCategory.DifficultCircumstances);
        }
        var needs = new List<AddressNeed> { AddressNeed.Food };
        if (k % 2 == 0)
        {
            needs.Add(AddressNeed.HealthCare);
        }
        if (k % 5 == 0)
        {
            needs.Add(AddressNeed.Cash);
        }
        address.Locate($"Số {k % 300 + 1}, tổ {k % 40 + 1}", area.Name, area.Id, $"09{k % 100_000_000:00000000}");
        address.SetSituation(categories, needs, "Sống một mình, thu nhập thấp", k % 3 == 0 ? 1_500_000 : null);
        address.SetSurvey(null, new DateOnly(2025, 1 + k % 12, 1 + k % 28), manager.Today);
        // 40 % surveyed, 25 % verified, 25 % supported, then graduated, deceased, moved.
        var roll = k * 37 % 100;
        address.ChangeStatus(roll switch
        {
            < 40 => AddressStatus.Surveyed, < 65 => AddressStatus.Verified, < 90 => AddressStatus.Supported,
            < 95 => AddressStatus.Graduated, < 98 => AddressStatus.Deceased, _ => AddressStatus.Moved,
        });
        address.RecordConsents(true, k % 4 == 0, false, now, null);
        return address;
    }
}
