using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Shouldly;

namespace Humanitarian.TestBase;

/// <summary>Files to attach, and their multipart upload (form field <c>file</c>).</summary>
public static class AttachmentFiles
{
    public static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

    /// <summary>A Windows program: "MZ", then whatever.</summary>
    public static readonly byte[] WindowsProgram = [0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0xFF, 0xFF];

    /// <summary>The smallest DOCX (<c>word/</c>) or XLSX (<c>xl/</c>) package the type check recognises.</summary>
    public static byte[] OfficePackage(string folder)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create))
        {
            foreach (var (name, xml) in new[] { ("[Content_Types].xml", "<Types/>"), (folder + "document.xml", "<document/>") })
            {
                using var writer = new StreamWriter(zip.CreateEntry(name).Open());
                writer.Write(xml);
            }
        }
        return stream.ToArray();
    }

    public static async Task<HttpResponseMessage> UploadAsync(ApiClient client, string url, string fileName, byte[] content)
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "file", fileName);
        return await client.SendAsync(HttpMethod.Post, url, null, r => r.Content = form);
    }

    public static async Task<JsonNode> UploadExpectingAsync(ApiClient client, string url, string fileName, byte[] content, HttpStatusCode expected)
    {
        var response = await UploadAsync(client, url, fileName, content);
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(expected, text);
        return JsonNode.Parse(text)!;
    }
}
