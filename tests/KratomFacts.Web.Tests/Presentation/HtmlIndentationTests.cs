using KratomFacts.Web.Presentation;

namespace KratomFacts.Web.Tests.Presentation;

public sealed class HtmlIndentationTests
{
    [Theory]
    [InlineData("<ul>\n    <li>a</li>\n        <li>b</li>\n</ul>", "<ul>\n<li>a</li>\n<li>b</li>\n</ul>")]
    [InlineData("<p>one\n\n    \n\t  two</p>", "<p>one\ntwo</p>")]
    [InlineData("<a>x</a>\n    <a>y</a>", "<a>x</a>\n<a>y</a>")]
    [InlineData("<p>kept  inner  spaces</p>", "<p>kept  inner  spaces</p>")]
    public void Indentation_and_blank_lines_go_and_words_stay_apart(string html, string expected)
    {
        Assert.Equal(expected, HtmlIndentation.Trim(html));
    }

    [Theory]
    [InlineData("<div>\n    <pre>line\n    indented\n\n  more</pre>\n    </div>", "<div>\n<pre>line\n    indented\n\n  more</pre>\n</div>")]
    [InlineData("<textarea>\n  keep\n</textarea>", "<textarea>\n  keep\n</textarea>")]
    [InlineData("<PRE class=\"x\">\n  a\n</PRE >\n  b", "<PRE class=\"x\">\n  a\n</PRE >\nb")]
    public void Preformatted_text_keeps_its_whitespace(string html, string expected)
    {
        Assert.Equal(expected, HtmlIndentation.Trim(html));
    }
}
