namespace Humanitarian.Organization.Documents;

public static class DocumentCaptions
{
    /// <summary>How every page names a document: "30/KH-BCĐMTCMCN – title", the title cut at 90 characters.</summary>
    public static string Of(DocumentDto document) => Of(document.Number, document.Title, document.Summary, document.Issuer);

    /// <summary>The same caption from the document's fields, for a lookup that reads no DTO.</summary>
    public static string Of(string? number, string? title, string? summary, string issuer)
    {
        var caption = title ?? summary ?? issuer;
        if (caption.Length > 90)
        {
            caption = caption[..90] + "…";
        }
        return number is not null ? number + " – " + caption : caption;
    }
}
