namespace Humanitarian.Organization.Documents;

public static class DocumentCaptions
{
    /// <summary>How every page names a document: "30/KH-BCĐMTCMCN – title", the title cut at 90 characters.</summary>
    public static string Of(DocumentDto document)
    {
        var title = document.Title ?? document.Summary ?? document.Issuer;
        if (title.Length > 90)
        {
            title = title[..90] + "…";
        }
        return document.Number is { } number ? number + " – " + title : title;
    }
}
