using System.Net;
using System.Text.RegularExpressions;

namespace Humanitarian.Framework.Emailing;

/// <summary>
/// The plain-text part of an HTML e-mail, made from the HTML rather than from a second template: a
/// tenant edits one template per e-mail, and the two parts cannot come to say different things.
/// Links keep their address ("text (url)"), since a text reader cannot click the words.
/// </summary>
public static partial class HtmlToPlainText
{
    public static string Convert(string html)
    {
        var text = Invisible().Replace(html, "");
        text = Link().Replace(text, m => LinkText(m.Groups["text"].Value, WebUtility.HtmlDecode(m.Groups["href"].Value)));
        text = LineBreak().Replace(text, "\n");
        text = BlockEnd().Replace(text, "\n\n");
        text = WebUtility.HtmlDecode(Tag().Replace(text, ""));
        var lines = text.Split('\n').Select(line => Spaces().Replace(line, " ").Trim());
        return EmptyLines().Replace(string.Join('\n', lines), "\n\n").Trim();
    }

    private static string LinkText(string inner, string href)
    {
        var words = Tag().Replace(inner, "").Trim();
        return words.Length == 0 || WebUtility.HtmlDecode(words) == href ? href : $"{words} ({href})";
    }

    [GeneratedRegex(@"<(head|style|script|title)\b[^>]*>.*?</\1\s*>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex Invisible();

    [GeneratedRegex(@"<a\b[^>]*\bhref\s*=\s*[""'](?<href>[^""']*)[""'][^>]*>(?<text>.*?)</a\s*>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex Link();

    [GeneratedRegex(@"<br\s*/?>", RegexOptions.IgnoreCase)]
    private static partial Regex LineBreak();

    [GeneratedRegex(@"</(p|div|h[1-6]|li|tr|table|ul|ol)\s*>|<hr\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex BlockEnd();

    [GeneratedRegex(@"<[^>]+>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"[ \t\r\f\v]+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"\n{3,}")]
    private static partial Regex EmptyLines();
}
