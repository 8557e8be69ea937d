using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Security;
using System.Text;
using System.Text.Json.Nodes;
using MiniExcelLibs;

namespace Humanitarian.Fundraising.Tests;

/// <summary>Donation lists and bank statements as a spreadsheet program saves them (MiniExcel), and the import's answers.</summary>
public static class DonationExcelFiles
{
    public const string ImportUrl = "/api/app/donation/import-excel";
    public const string TemplateUrl = "/api/app/donation/import-template";
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

    /// <summary>A real workbook whose sheet is replaced by a header row and one row of inline texts, as a hostile file is written.</summary>
    public static byte[] RawSheet(string[] headers, string[] cells)
    {
        using var stream = new MemoryStream();
        stream.Write(Sheet(headers.ToDictionary(h => h, object? (_) => "x")));
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            const string part = "xl/worksheets/sheet1.xml";
            zip.GetEntry(part)!.Delete();
            using var writer = new StreamWriter(zip.CreateEntry(part, CompressionLevel.Optimal).Open(), new UTF8Encoding(false));
            writer.Write("<?xml version=\"1.0\" encoding=\"utf-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
            writer.Write(Row(1, headers) + Row(2, cells));
            writer.Write("</sheetData></worksheet>");
        }
        return stream.ToArray();
    }

    private static string Row(int number, string[] texts) =>
        $"<row r=\"{number}\">" + string.Concat(texts.Select((t, i) =>
            $"<c r=\"{(char)('A' + i)}{number}\" t=\"inlineStr\"><is><t>{SecurityElement.Escape(t)}</t></is></c>")) + "</row>";

    public static async Task<JsonNode> UploadAsync(ApiClient client, byte[] content, HttpStatusCode expected, string? mode = null)
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue(ContentType);
        form.Add(file, "file", "sao-ke.xlsx");
        if (mode is not null)
        {
            form.Add(new StringContent(mode), "mode");
        }
        var response = await client.SendAsync(HttpMethod.Post, ImportUrl, null, r => r.Content = form);
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(expected, text);
        return JsonNode.Parse(text)!;
    }

    /// <summary>The first row of a downloaded workbook: an empty template's headers.</summary>
    public static async Task<List<string>> HeadersAsync(ApiClient client, string url)
    {
        var response = await client.GetAsync(url);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, url);
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        var first = (IDictionary<string, object?>)stream.Query(useHeaderRow: false).First();
        return first.Values.Select(v => v?.ToString() ?? "").ToList();
    }

    public static JsonNode Row(JsonNode report, int rowNumber) =>
        report["rows"]!.AsArray().Single(r => r!["rowNumber"]!.GetValue<int>() == rowNumber)!;

    public static string Status(JsonNode report, int rowNumber) => Row(report, rowNumber)["status"]!.GetValue<string>();

    public static List<string> Messages(JsonNode report, int rowNumber) =>
        Row(report, rowNumber)["messages"]!.AsArray().Select(m => m!.GetValue<string>()).ToList();

    public static int Count(JsonNode report, string name) => report[name]!.GetValue<int>();
}
