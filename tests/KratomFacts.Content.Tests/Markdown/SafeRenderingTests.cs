using KratomFacts.Content.Tests.Support;

namespace KratomFacts.Content.Tests.Markdown;

public sealed class SafeRenderingTests
{
    [Theory]
    [InlineData("<script>alert(1)</script>", "<p>&lt;script>alert(1)&lt;/script>\n</p>")]
    [InlineData("Hello <script>alert(1)</script> world", "<p>Hello &lt;script&gt;alert(1)&lt;/script&gt; world</p>")]
    [InlineData("<div onclick=\"steal()\">Hi</div>", "<p>&lt;div onclick=\"steal()\">Hi&lt;/div>\n</p>")]
    [InlineData("Click <span onmouseover=\"steal()\">here</span>", "<p>Click &lt;span onmouseover=&quot;steal()&quot;&gt;here&lt;/span&gt;</p>")]
    public void Raw_html_is_shown_as_text_not_passed_through(string markdown, string html)
    {
        Assert.Equal(html, Render.Html(markdown));
    }

    [Theory]
    [InlineData("[x](javascript:alert(1))", "<p><a href=\"#unsafe-link-removed\">x</a></p>")]
    [InlineData("[x](JaVaScRiPt:alert(1))", "<p><a href=\"#unsafe-link-removed\">x</a></p>")]
    [InlineData("[x](&#106;avascript&#58;alert(1))", "<p><a href=\"#unsafe-link-removed\">x</a></p>")]
    [InlineData("[x](java&#9;script:alert(1))", "<p><a href=\"#unsafe-link-removed\">x</a></p>")]
    [InlineData("[x](<javascript:alert(1)>)", "<p><a href=\"#unsafe-link-removed\">x</a></p>")]
    [InlineData("[x](vbscript:msgbox(1))", "<p><a href=\"#unsafe-link-removed\">x</a></p>")]
    [InlineData("[x](data:text/html;base64,PHNjcmlwdD4=)", "<p><a href=\"#unsafe-link-removed\">x</a></p>")]
    [InlineData("![x](javascript:alert(1))", "<p><img src=\"#unsafe-link-removed\" alt=\"x\" /></p>")]
    [InlineData("![x](data:image/svg+xml;base64,PHN2Zz4=)", "<p><img src=\"#unsafe-link-removed\" alt=\"x\" /></p>")]
    [InlineData("<javascript:alert(1)>", "<p><a href=\"#unsafe-link-removed\">javascript:alert(1)</a></p>")]
    [InlineData("<JaVaScRiPt:alert(1)>", "<p><a href=\"#unsafe-link-removed\">JaVaScRiPt:alert(1)</a></p>")]
    [InlineData("[x][bad]\n\n[bad]: javascript:alert(1)", "<p><a href=\"#unsafe-link-removed\">x</a></p>")]
    [InlineData("[x][bad]\n\n[bad]: &#106;avascript&#58;alert(1) \"title\"", "<p><a href=\"#unsafe-link-removed\" title=\"title\">x</a></p>")]
    public void Script_capable_urls_never_reach_the_page(string markdown, string html)
    {
        Assert.Equal(html, Render.Html(markdown));
    }

    [Theory]
    [InlineData("[x](https://www.fda.gov/a?b=c)", "<p><a href=\"https://www.fda.gov/a?b=c\">x</a></p>")]
    [InlineData("[x](/articles/what-is-kratom#key-points)", "<p><a href=\"/articles/what-is-kratom#key-points\">x</a></p>")]
    [InlineData("[x](mailto:editor@example.org)", "<p><a href=\"mailto:editor@example.org\">x</a></p>")]
    [InlineData("[x](#key-points)", "<p><a href=\"#key-points\">x</a></p>")]
    [InlineData("<https://www.samhsa.gov>", "<p><a href=\"https://www.samhsa.gov\">https://www.samhsa.gov</a></p>")]
    public void Web_site_and_mail_links_are_kept(string markdown, string html)
    {
        Assert.Equal(html, Render.Html(markdown));
    }

    [Theory]
    [InlineData(
        "## Doses\n\n| Dose | Effect |\n| --- | --- |\n| Low | Stimulant |",
        "<div class=\"table-scroll\" role=\"region\" tabindex=\"0\" aria-label=\"Doses (table)\"><table>\n<caption class=\"visually-hidden\">Doses</caption>\n<thead>\n<tr>\n<th>Dose</th>\n<th>Effect</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td>Low</td>\n<td>Stimulant</td>\n</tr>\n</tbody>\n</table>\n</div>")]
    [InlineData(
        "| A |\n| --- |\n| 1 |",
        "<div class=\"table-scroll\" role=\"region\" tabindex=\"0\" aria-label=\"Table\"><table>\n<caption class=\"visually-hidden\">Table</caption>\n<thead>\n<tr>\n<th>A</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td>1</td>\n</tr>\n</tbody>\n</table>\n</div>")]
    public void Tables_scroll_inside_a_labelled_focusable_region_and_are_named_by_a_caption(string markdown, string html)
    {
        Assert.Equal(html, Render.Html(markdown));
    }
}
