using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using MiniExcelLibs;

namespace Humanitarian.Organization.Tests;

/// <summary>Excel files for the import tests, made with MiniExcel as a user's spreadsheet program would save them.</summary>
public static class ExcelTestFiles
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>The unit import's Vietnamese headers, in the export's order, then the contact's.</summary>
    public const string ImportUrl = "/api/app/unit/import-excel";

    public static async Task<Dictionary<string, JsonNode>> UnitsByCodeAsync(ApiClient client) =>
        (await client.GetJsonAsync<JsonObject>("/api/app/unit?maxResultCount=1000"))["items"]!.AsArray()
        .ToDictionary(u => u!["code"]!.GetValue<string>(), u => u!);

    public static readonly string[] UnitHeaders =
    [
        "Mã đơn vị", "Tên đơn vị", "Loại đơn vị", "Mã đơn vị cấp trên", "Mã đơn vị hành chính", "Đang hoạt động",
        "Người liên hệ", "Chức vụ", "E-mail", "Điện thoại", "Nhận nhắc việc",
    ];

    /// <summary>A one-sheet workbook: a header row, then the rows (null for an empty cell).</summary>
    public static byte[] Sheet(string[] headers, params object?[][] rows)
    {
        var sheet = rows.Select(row => headers.Select((h, i) => (h, v: i < row.Length ? row[i] : null))
            .ToDictionary(c => c.h, c => c.v)).ToList();
        using var stream = new MemoryStream();
        stream.SaveAs(sheet);
        return stream.ToArray();
    }

    /// <summary>A one-sheet workbook of the rows as they are (no header row is added).</summary>
    public static byte[] Rows(params object?[][] rows)
    {
        var width = rows.Max(r => r.Length);
        var sheet = rows.Select(row => Enumerable.Range(0, width).ToDictionary(i => $"C{i}", i => i < row.Length ? row[i] : null)).ToList();
        using var stream = new MemoryStream();
        stream.SaveAs(sheet, printHeader: false);
        return stream.ToArray();
    }

    /// <summary>A unit row in <see cref="UnitHeaders"/>' order: unit columns, then the optional contact.</summary>
    public static object?[] Unit(string? code, string? name, string? kind, string? parent = null, string? area = null,
        object? active = null, string? contact = null, string? position = null, string? email = null, string? phone = null,
        object? reminders = null) =>
        [code, name, kind, parent, area, active, contact, position, email, phone, reminders];

    public static async Task<HttpResponseMessage> UploadAsync(
        ApiClient client, string url, byte[] content, string? mode = null, bool? dryRun = null, string fileName = "danh-sach.xlsx")
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue(ContentType);
        form.Add(file, "file", fileName);
        if (mode is not null)
        {
            form.Add(new StringContent(mode), "mode");
        }
        if (dryRun is not null)
        {
            form.Add(new StringContent(dryRun.Value ? "true" : "false"), "dryRun");
        }
        return await client.SendAsync(HttpMethod.Post, url, null, r => r.Content = form);
    }

    public static async Task<JsonNode> UploadExpectingAsync(
        ApiClient client, string url, byte[] content, HttpStatusCode expected, string? mode = null, bool? dryRun = null,
        string fileName = "danh-sach.xlsx")
    {
        var response = await UploadAsync(client, url, content, mode, dryRun, fileName);
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(expected, text);
        return JsonNode.Parse(text)!;
    }

    /// <summary>The report's row for a sheet row number.</summary>
    public static JsonNode Row(JsonNode report, int rowNumber) =>
        report["rows"]!.AsArray().Single(r => r!["rowNumber"]!.GetValue<int>() == rowNumber)!;

    public static string Status(JsonNode report, int rowNumber) => Row(report, rowNumber)["status"]!.GetValue<string>();

    public static List<string> Messages(JsonNode report, int rowNumber) =>
        Row(report, rowNumber)["messages"]!.AsArray().Select(m => m!.GetValue<string>()).ToList();

    /// <summary>A downloaded workbook's first sheet: the header row, then each row as header → value.</summary>
    public static (List<string> Headers, List<Dictionary<string, object?>> Rows) Read(byte[] content)
    {
        using var stream = new MemoryStream(content);
        var all = stream.Query(useHeaderRow: false).Cast<IDictionary<string, object?>>().ToList();
        var headers = all[0].Values.Select(v => v?.ToString() ?? "").ToList();
        var columns = all[0].Keys.ToList();
        var rows = all.Skip(1).Select(r => columns.Select((c, i) => (headers[i], r[c])).ToDictionary(p => p.Item1, p => p.Item2)).ToList();
        return (headers, rows);
    }
}
