namespace Humanitarian.Framework.Text;

/// <summary>The name an uploaded file is kept and shown under.</summary>
public static class UploadFileName
{
    /// <summary>The longest name an attachment may have (every module's attachment tables use it).</summary>
    public const int MaxLength = 256;

    /// <summary>
    /// The last segment of what the client sent, without control characters. A crafted request (or an
    /// old browser) sends a path, with either kind of separator; <c>Path.GetFileName</c> strips only the
    /// server's own kind, so <c>..\..\x.pdf</c> would survive it on Linux.
    /// </summary>
    public static string From(string name)
    {
        var bare = name[(name.LastIndexOfAny(['/', '\\']) + 1)..];
        return new string(bare.Where(c => !char.IsControl(c)).ToArray()).Trim();
    }
}
