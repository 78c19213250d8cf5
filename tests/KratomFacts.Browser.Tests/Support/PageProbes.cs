using Microsoft.Playwright;

namespace KratomFacts.Browser.Tests.Support;

/// <summary>
/// Small scripts that read what a page shows, run inside the page. Their answers are plain property bags, as
/// Playwright fills them in by name.
/// </summary>
public static class PageProbes
{
    /// <summary>Everything a keyboard can reach, as the focus-order test looks for it.</summary>
    private const string Focusable =
        "a[href], button, input:not([type=hidden]), select, textarea, summary, iframe, [tabindex]:not([tabindex='-1'])";

    public sealed record Overflow
    {
        public int ScrollWidth { get; init; }

        public int ClientWidth { get; init; }

        public string[] Culprits { get; init; } = [];
    }

    /// <summary>How wide the page is against the window, and which elements stick out past its right edge.</summary>
    public static Task<Overflow> SidewaysOverflowAsync(IPage page) => page.EvaluateAsync<Overflow>("""
        () => {
          const root = document.scrollingElement;
          const width = root.clientWidth;
          const culprits = [...document.body.querySelectorAll('*')]
            .filter(e => e.getBoundingClientRect().right > width + 0.5)
            // What a scrolling table box clips does not widen the page, unless it is positioned outside the box.
            .filter(e => !e.closest('.table-scroll') || ['absolute', 'fixed'].includes(getComputedStyle(e).position))
            .filter(e => !e.parentElement || e.parentElement.getBoundingClientRect().right <= width + 0.5)
            .slice(0, 10)
            .map(e => e.outerHTML.slice(0, 120));
          return { scrollWidth: root.scrollWidth, clientWidth: width, culprits };
        }
        """);

    public sealed record TableBox
    {
        public string Table { get; init; } = "";

        public bool InScrollBox { get; init; }

        public string OverflowX { get; init; } = "";

        public int ContentWidth { get; init; }

        public int BoxWidth { get; init; }

        public bool Scrolls { get; init; }
    }

    /// <summary>Each table, whether it sits in a .table-scroll box, and whether that box scrolls when it is too narrow.</summary>
    public static Task<TableBox[]> TableBoxesAsync(IPage page) => page.EvaluateAsync<TableBox[]>("""
        () => [...document.querySelectorAll('main table')].map(table => {
          const box = table.closest('.table-scroll');
          const name = (table.caption?.textContent ?? table.outerHTML).trim().slice(0, 80);
          if (!box) return { table: name, inScrollBox: false, overflowX: '', contentWidth: 0, boxWidth: 0, scrolls: false };
          const before = box.scrollLeft;
          box.scrollLeft = before + 40;
          const scrolls = box.scrollLeft > before;
          box.scrollLeft = before;
          return { table: name, inScrollBox: true, overflowX: getComputedStyle(box).overflowX,
                   contentWidth: box.scrollWidth, boxWidth: box.clientWidth, scrolls };
        })
        """);

    public sealed record Heading
    {
        public int Level { get; init; }

        public string Text { get; init; } = "";
    }

    /// <summary>The headings a screen reader lists, in document order.</summary>
    public static Task<Heading[]> HeadingsAsync(IPage page) => page.EvaluateAsync<Heading[]>("""
        () => [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')]
          .filter(h => h.getClientRects().length > 0)
          .map(h => ({ level: Number(h.tagName[1]), text: h.textContent.trim().slice(0, 80) }))
        """);

    public sealed record TableHeaders
    {
        public string Caption { get; init; } = "";

        public int HeaderCells { get; init; }

        public string Start { get; init; } = "";
    }

    public static Task<TableHeaders[]> TablesAsync(IPage page) => page.EvaluateAsync<TableHeaders[]>("""
        () => [...document.querySelectorAll('table')].map(t => ({
          caption: (t.caption?.textContent ?? '').trim(),
          headerCells: t.querySelectorAll('th').length,
          start: t.outerHTML.slice(0, 100) }))
        """);

    /// <summary>
    /// Notes every element the keyboard should reach and how its outline and shadow look unfocused, then logs each
    /// focus from here on: which target got it and whether it looked different. Answers how many targets there are.
    /// </summary>
    public static Task<int> StartFocusLogAsync(IPage page) => page.EvaluateAsync<int>($$"""
        () => {
          document.activeElement?.blur();
          const look = e => { const s = getComputedStyle(e); return [s.outlineStyle, s.outlineWidth, s.outlineColor, s.boxShadow].join(' '); };
          const targets = [...document.querySelectorAll("{{Focusable}}")]
            .filter(e => !e.disabled && e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden');
          const resting = targets.map(look);
          const log = window.focusLog = [];
          document.addEventListener('focusin', event => {
            const index = targets.indexOf(event.target);
            log.push({ index, looksDifferent: index >= 0 && look(event.target) !== resting[index],
                       element: event.target.outerHTML.slice(0, 120) });
          });
          window.focusTargets = targets;
          return targets.length;
        }
        """);

    public sealed record Focused
    {
        public int Index { get; init; }

        public bool LooksDifferent { get; init; }

        public string Element { get; init; } = "";
    }

    /// <summary>Every focus since <see cref="StartFocusLogAsync"/>, in order.</summary>
    public static Task<Focused[]> FocusLogAsync(IPage page) => page.EvaluateAsync<Focused[]>("() => window.focusLog");

    /// <summary>Describes a noted focus target, for failure messages.</summary>
    public static Task<string> FocusTargetAsync(IPage page, int index) =>
        page.EvaluateAsync<string>("i => window.focusTargets[i].outerHTML.slice(0, 120)", index);
}
