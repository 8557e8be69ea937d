using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Humanitarian.TestBase;
using Humanitarian.Web.Data;
using MiniExcelLibs;
using static Humanitarian.TestBase.TenantTestData;

namespace Humanitarian.Bench;

/// <summary>
/// A province's yearly survey of humanitarian addresses imported from Excel through the API
/// (<c>POST /api/app/humanitarian-address/import-excel</c>) as the tenant's admin: files of the most rows an
/// import takes, each run in the background and followed through its progress until done. The rows are
/// people (one in ten a facility) in 60 of the tenant's wards, surveyed by 20 units; half carry a CCCD
/// agreeing with their sex and birth year; one row in a hundred repeats an earlier person.
/// </summary>
public sealed class AddressImportBenchmark(DatabaseProvider provider, int addresses)
{
    private const int RowsPerFile = 10_000;
    private const int Wards = 60, Units = 20;
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(500);

    public async Task<string> RunAsync()
    {
        await using var factory = new HumanitarianWebFactory(provider);
        await factory.WaitUntilReadyAsync();
        using var host = await ApiClient.SignInAsync(factory.CreateApiClient(), null, "admin", HumanitarianWebFactory.DemoPassword);
        var tenant = await CreateTenantAsync(host, name: "bench-addresses");
        var http = factory.CreateApiClient();
        http.Timeout = TimeSpan.FromMinutes(30);
        using var admin = await ApiClient.SignInAsync(http, tenant.Name, "admin", TestTenant.AdminPassword);
        for (var i = 1; i <= Wards; i++)
        {
            await CreateAreaAsync(admin, $"B{i:000}", $"Phường Bến Số {i}", "Ward");
        }
        for (var i = 1; i <= Units; i++)
        {
            await CreateUnitAsync(admin, $"HCTD-{i:00}", $"Hội Chữ thập đỏ phường số {i}", "RedCrossChapter");
        }

        var loadBefore = LoadAverage();
        var (imported, flagged) = (0, 0);
        var watch = Stopwatch.StartNew();
        for (var first = 0; first < addresses; first += RowsPerFile)
        {
            var file = Sheet(first, Math.Min(RowsPerFile, addresses - first));
            var result = await ImportAsync(admin, file);
            imported += result["importedRows"]!.GetValue<int>();
            flagged += result["flaggedRows"]!.GetValue<int>();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{first + RowsPerFile} rows in {watch.Elapsed.TotalSeconds:0.0} s"));
        }
        watch.Stop();
        if (imported != addresses)
        {
            throw new InvalidOperationException($"Expected {addresses} addresses imported; {imported} were.");
        }
        var files = (addresses + RowsPerFile - 1) / RowsPerFile;
        return string.Create(CultureInfo.InvariantCulture,
            $"| {DateTime.UtcNow:yyyy-MM-dd} | {provider} | {addresses} addresses in {files} files | {watch.Elapsed.TotalSeconds:0.0} s | " +
            $"{addresses / watch.Elapsed.TotalSeconds:0} rows/s | {flagged} | {loadBefore}–{LoadAverage()} |");
    }

    /// <returns>The import's report, once its background run is done.</returns>
    private static async Task<JsonNode> ImportAsync(ApiClient admin, byte[] file)
    {
        var form = new MultipartFormDataContent();
        var content = new ByteArrayContent(file);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        form.Add(content, "file", "khao-sat.xlsx");
        var response = await admin.SendAsync(HttpMethod.Post, "/api/app/humanitarian-address/import-excel", null, r => r.Content = form);
        var accepted = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        if (response.StatusCode != HttpStatusCode.Accepted)
        {
            throw new InvalidOperationException($"Expected 202, got {(int)response.StatusCode}: {accepted.ToJsonString()}");
        }
        while (true)
        {
            await Task.Delay(Poll);
            var progress = await admin.GetJsonAsync<JsonObject>($"/api/app/humanitarian-address/import-progress/{accepted["operationId"]}");
            switch (progress["status"]!.GetValue<string>())
            {
                case "Completed":
                    return progress["result"]!;
                case "Failed":
                    throw new InvalidOperationException($"The import failed: {progress["error"]}");
            }
        }
    }

    private static byte[] Sheet(int first, int count)
    {
        var rows = Enumerable.Range(first, count).Select(Row).ToList();
        using var stream = new MemoryStream();
        stream.SaveAs(rows);
        return stream.ToArray();
    }

    /// <summary>Row <paramref name="i"/> of the survey; every hundredth repeats the person ten rows before it.</summary>
    private static Dictionary<string, object?> Row(int i)
    {
        var person = i % 100 == 99 ? i - 10 : i;
        var facility = person % 10 == 5;
        var female = person % 2 == 1;
        var birthYear = 1930 + person % 90;
        var nationalId = !facility && person % 2 == 0
            ? string.Create(CultureInfo.InvariantCulture,
                $"{1 + person % 96:000}{(birthYear >= 2000 ? 2 : 0) + (female ? 1 : 0)}{birthYear % 100:00}{person % 1_000_000:000000}")
            : null;
        return new Dictionary<string, object?>
        {
            ["Loại"] = facility ? "Cơ sở" : "Cá nhân",
            ["Họ và tên / Tên cơ sở"] = facility ? $"Nhà dưỡng lão số {person}" : $"{(female ? "Nguyễn Thị" : "Trần Văn")} Người {person}",
            ["Giới tính"] = facility ? null : female ? "Nữ" : "Nam",
            ["Năm sinh"] = facility ? null : birthYear,
            ["Số CCCD/CMND"] = nationalId,
            ["Điện thoại"] = $"09{person % 100_000_000:00000000}",
            ["Địa chỉ"] = $"Số {person % 300 + 1}, tổ {person % 40 + 1}",
            ["Xã/phường"] = $"Phường Bến Số {person % Wards + 1}",
            ["Diện"] = facility ? null : person % 3 == 0 ? "Người cao tuổi cô đơn; Hoàn cảnh khó khăn" : "Người khuyết tật",
            ["Nhu cầu"] = "Lương thực; Chăm sóc sức khỏe",
            ["Hoàn cảnh"] = "Sống một mình, thu nhập thấp",
            ["Đơn vị khảo sát"] = $"HCTD-{person % Units + 1:00}",
            ["Ngày khảo sát"] = "15/01/2025",
            ["Đồng ý khảo sát"] = "Có",
            ["Đồng ý chia sẻ"] = person % 4 == 0 ? "Có" : "Không",
            ["Loại cơ sở"] = facility ? "Nhà dưỡng lão" : null,
            ["Sức chứa"] = facility ? 30 + person % 50 : null,
        };
    }

    private static string LoadAverage() => File.ReadAllText("/proc/loadavg").Split(' ')[0];
}
