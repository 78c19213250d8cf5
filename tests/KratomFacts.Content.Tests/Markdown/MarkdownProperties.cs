using AngleSharp;
using AngleSharp.Dom;
using FsCheck;
using FsCheck.Fluent;
using KratomFacts.Content.Diagnostics;
using KratomFacts.Content.Markdown;
using KratomFacts.Content.Tests.Support;
using KratomFacts.Content.Validation;
using KratomFacts.TestSupport;

namespace KratomFacts.Content.Tests.Markdown;

/// <summary>
/// Random text through the markdown stages the loader runs (complexity check, parse, safety validation, render):
/// no exception, bounded work, and HTML without script URLs or event-handler attributes, even for bodies the
/// validators would refuse.
/// </summary>
public sealed class MarkdownProperties
{
    private static readonly string[] Pieces =
    [
        "*", "**", "_", "__", "***", "[", "]", "(", ")", "![", "<", ">", "`", "```\n", "~~~\n", "#", "## ", "- ", "+ ", "1. ",
        "> ", "\n", "\n\n", "\r", "\t", "    ", "|", "| --- |", "---\n", "\\", "&amp;", "&#106;", "&#58;", "&#x3A;", "&#0;",
        "javascript:alert(1)", "JaVaScRiPt:", "java\tscript:", "vbscript:msgbox(1)", "data:text/html,<script>alert(1)</script>",
        "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "<a href=\"javascript:alert(1)\">", "onclick=alert(1)",
        "{#id}", "{onclick=alert(1)}", "{.class}", "[@doe-2020]", "[@roe-2021; @doe-2020]", "[x]: ", "\"title\"", "'t'",
        "https://example.org/a?b=c", "mailto:x@example.org", "/articles/a", "#key", "word", " ", "\u00a0", "é", "😀", "\u0000",
    ];

    private static readonly ContentMarkdown Markdown = new();

    /// <summary>300 cases a property: enough to meet each piece in many orders, few enough to keep the suite quick.</summary>
    private static readonly Config Cases = Config.QuickThrowOnFailure.WithMaxTest(300).WithQuietOnSuccess(true);

    private static readonly string[] LinkShapes =
    [
        "[t]({0})", "![t]({0})", "<{0}>", "[t](<{0}>)", "[t]({0} \"title\")", "[t][r]\n\n[r]: {0}", "[r]: {0}\n\n[r]",
        "[t]( {0} )", "[[t]({0})]({0})", "*[t]({0})*", "## [t]({0})", "> [t]({0})", "- [t]({0})", "| [t]({0}) |\n| - |",
    ];

    private static readonly string[] ScriptUrls = ["javascript:alert(1)", "vbscript:msgbox(1)", "data:text/html,<b>x</b>", "data:image/svg+xml;base64,PHN2Zz4="];

    /// <summary>A script-capable URL in one of the spellings browsers accept: mixed case, entities, control characters.</summary>
    private static Gen<string> ScriptUrl =>
        Gen.Elements(ScriptUrls).SelectMany(
            url => Gen.Choose(0, 5).Two(),
            (url, choice) => choice.Item1 switch
            {
                0 => url,
                1 => string.Concat(url.Select((c, i) => i % 2 == choice.Item2 % 2 ? char.ToUpperInvariant(c) : c)),
                2 => $"&#{(int)url[0]};{url[1..]}",
                3 => $"&#x{(int)url[0]:X};{url[1..url.IndexOf(':', StringComparison.Ordinal)]}&#58;{url[(url.IndexOf(':', StringComparison.Ordinal) + 1)..]}",
                4 => url.Insert(Math.Min(choice.Item2 + 1, url.IndexOf(':', StringComparison.Ordinal)), choice.Item2 % 2 == 0 ? "&#9;" : "&#10;"),
                _ => "%20" + url,
            });

    /// <summary>Strings made of markdown's punctuation, raw HTML and links to script URLs, in any order.</summary>
    private static Arbitrary<string> MarkdownLike =>
        Gen.Frequency(
            (3, Gen.Elements(Pieces)),
            (1, Gen.Elements(LinkShapes).SelectMany(_ => ScriptUrl, (shape, url) => string.Format(System.Globalization.CultureInfo.InvariantCulture, shape, url))))
        .ListOf().Select(string.Concat).ToArbitrary();

    /// <summary>One or two pieces repeated up to a few thousand times: the shape of the pathological inputs.</summary>
    private static Arbitrary<string> Repeated =>
        Gen.Elements(Pieces).Two().SelectMany(
            pair => Gen.Choose(1, 3000),
            (pair, count) => string.Concat(Enumerable.Repeat(pair.Item1 + pair.Item2, count))).ToArbitrary();

    [Fact]
    public void Any_string_goes_through_the_markdown_stages_safely() =>
        Check.One(Cases, Prop.ForAll(ArbMap.Default.ArbFor<string>(), text => Accept(text ?? "")));

    [Fact]
    public void Markdown_punctuation_urls_and_html_in_any_order_go_through_safely() =>
        Check.One(Cases, Prop.ForAll(MarkdownLike, Accept));

    [Fact]
    public void Repeated_markdown_pieces_are_refused_or_go_through_safely() =>
        Check.One(Cases, Prop.ForAll(Repeated, Accept));

    /// <summary>The body goes through without an exception, within bounded work, and any HTML it renders to is inert.</summary>
    private static void Accept(string body)
    {
        string? html = null;
        var spent = CpuTime.OfThread(() => html = RenderIfAccepted(body));

        Assert.True(spent < TimeSpan.FromSeconds(2), $"took {spent} of CPU time");
        if (html is not null)
        {
            AssertInert(html);
        }
    }

    /// <summary>
    /// The stages as the loader runs them, except that a body with only safety errors (unsafe URLs, raw HTML) is
    /// still rendered, to show the renderer neutralises them by itself. Null when the body cannot be rendered.
    /// </summary>
    private static string? RenderIfAccepted(string body)
    {
        var diagnostics = new DiagnosticBag();
        if (!new MarkdownComplexityValidator().Validate("v1.md", body, 1, diagnostics))
        {
            return null;
        }

        var parsed = new ParsedBody(Markdown.Parse(body), 1);
        new MarkdownSafetyValidator().Validate("v1.md", parsed, diagnostics);
        if (diagnostics.Items.Any(d => d.Message.Contains(" nested more than ", StringComparison.Ordinal)))
        {
            return null; // the loader refuses it before rendering, which is what keeps rendering inside Markdig's depth limit
        }

        var document = new DocumentRenderer(Markdown).Render(parsed.Document, Render.Works);
        return string.Concat(document.Sections.Select(s => s.Heading?.Html + s.Html));
    }

    private static void AssertInert(string html)
    {
        var page = BrowsingContext.New(Configuration.Default).OpenAsync(r => r.Content($"<body>{html}</body>")).GetAwaiter().GetResult();
        Assert.Empty(page.QuerySelectorAll("script, style, iframe, object, embed, svg, math, form, base, meta, link"));
        foreach (var element in page.Body!.Descendants<IElement>())
        {
            Assert.DoesNotContain(element.Attributes, a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase));
            Assert.DoesNotContain(element.Attributes, a => a.Name is "href" or "src" or "action" or "formaction" && IsScriptUrl(a.Value));
        }
    }

    /// <summary>What a browser would run or load as a document: it ignores whitespace and control characters in a scheme.</summary>
    private static bool IsScriptUrl(string url)
    {
        var scheme = new string([.. url.Where(c => !char.IsControl(c) && !char.IsWhiteSpace(c))]).ToLowerInvariant();
        return scheme.StartsWith("javascript:", StringComparison.Ordinal)
            || scheme.StartsWith("vbscript:", StringComparison.Ordinal)
            || scheme.StartsWith("data:", StringComparison.Ordinal);
    }
}
