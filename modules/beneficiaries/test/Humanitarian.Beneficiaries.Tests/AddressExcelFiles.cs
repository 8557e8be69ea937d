using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using MiniExcelLibs;

namespace Humanitarian.Beneficiaries.Tests;

/// <summary>Address lists as a unit's spreadsheet program saves them (MiniExcel), and the import's answers.</summary>
public static class AddressExcelFiles
{
    public const string ImportUrl = "/api/app/humanitarian-address/import-excel";
    public const string ExportUrl = "/api/app/humanitarian-address/export-excel";
    private const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>A one-sheet workbook: the headers, then a row per dictionary (header → cell).</summary>
    public static byte[] Sheet(params Dictionary<string, object?>[] rows)
    {
        var headers = rows.SelectMany(r => r.Keys).Distinct().ToList();
        var sheet = rows.Select(r => headers.ToDictionary(h => h, h => r.GetValueOrDefault(h))).ToList();
        using var stream = new MemoryStream();
        stream.SaveAs(sheet);
        return stream.ToArray();
    }

    public static async Task<JsonNode> UploadAsync(ApiClient client, byte[] content, HttpStatusCode expected, string? mode = null)
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue(ContentType);
        form.Add(file, "file", "khao-sat.xlsx");
        if (mode is not null)
        {
            form.Add(new StringContent(mode), "mode");
        }
        var response = await client.SendAsync(HttpMethod.Post, ImportUrl, null, r => r.Content = form);
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(expected, text);
        return JsonNode.Parse(text)!;
    }

    public static async Task<byte[]> DownloadAsync(ApiClient client, string url = ExportUrl)
    {
        var response = await client.GetAsync(url);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, url);
        return await response.Content.ReadAsByteArrayAsync();
    }

    /// <summary>A downloaded workbook's first sheet, each row as header → value.</summary>
    public static List<Dictionary<string, object?>> Read(byte[] content)
    {
        using var stream = new MemoryStream(content);
        return stream.Query(useHeaderRow: true).Cast<IDictionary<string, object?>>().Select(r => r.ToDictionary()).ToList();
    }

    public static JsonNode Row(JsonNode report, int rowNumber) =>
        report["rows"]!.AsArray().Single(r => r!["rowNumber"]!.GetValue<int>() == rowNumber)!;

    public static string Status(JsonNode report, int rowNumber) => Row(report, rowNumber)["status"]!.GetValue<string>();

    public static List<string> Messages(JsonNode report, int rowNumber) =>
        Row(report, rowNumber)["messages"]!.AsArray().Select(m => m!.GetValue<string>()).ToList();

    public static int Count(JsonNode report, string name) => report[name]!.GetValue<int>();
}
