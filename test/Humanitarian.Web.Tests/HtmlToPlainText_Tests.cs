using Humanitarian.Framework.Emailing;

namespace Humanitarian.Web.Tests;

/// <summary>The plain-text part says what the HTML says, links with their address.</summary>
public sealed class HtmlToPlainText_Tests
{
    [Fact]
    public void Should_keep_paragraphs_and_line_breaks_and_drop_the_head()
    {
        var text = HtmlToPlainText.Convert(
            "<html><head><title>T</title><style>p { color: red }</style></head><body><p>Xin ch&#224;o,</p>\n<p>Dòng một<br>dòng   hai</p><hr><p>Cuối</p></body></html>");

        text.ShouldBe("Xin chào,\n\nDòng một\ndòng hai\n\nCuối");
    }

    [Fact]
    public void Should_write_a_link_as_its_words_and_address()
    {
        HtmlToPlainText.Convert("<p><a href=\"http://x.test/a?b=1&amp;c=2\">Đặt <b>mật khẩu</b></a></p>")
            .ShouldBe("Đặt mật khẩu (http://x.test/a?b=1&c=2)");
        HtmlToPlainText.Convert("<a href=\"http://x.test/\">http://x.test/</a>").ShouldBe("http://x.test/");
    }
}
