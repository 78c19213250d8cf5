using Microsoft.Playwright;

namespace KratomFacts.Browser.Tests.Support;

/// <summary>How a reader sees the site: the window's width, light or dark scheme, JavaScript on or off.</summary>
public sealed record Viewing(int Width, ColorScheme Scheme = ColorScheme.Light, bool JavaScript = true)
{
    public const int PhoneWidth = 360;
    public const int DesktopWidth = 1280;

    public static readonly Viewing Desktop = new(DesktopWidth);
    public static readonly Viewing DesktopDark = new(DesktopWidth, ColorScheme.Dark);
    public static readonly Viewing Phone = new(PhoneWidth);
    public static readonly Viewing PhoneDark = new(PhoneWidth, ColorScheme.Dark);
    public static readonly Viewing WithoutJavaScript = new(DesktopWidth, JavaScript: false);

    public string SchemeName => Scheme == ColorScheme.Dark ? "dark" : "light";

    public int Height => Width == PhoneWidth ? 740 : 800;

    public override string ToString() => $"{Width}px {SchemeName}{(JavaScript ? "" : " without JavaScript")}";
}
