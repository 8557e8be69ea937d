namespace Humanitarian.Organization;

internal static class TextInput
{
    /// <summary>Optional text as stored: trimmed, and null rather than blank.</summary>
    public static string? OrNull(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
