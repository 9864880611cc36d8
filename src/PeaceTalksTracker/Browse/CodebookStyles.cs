using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using PeaceTalksTracker.Analysis;

namespace PeaceTalksTracker.Browse;

/// <summary>
/// Stakeholder and theme colours as a stylesheet generated from the codebook (<c>/css/codebook.css</c>), so pages colour
/// chips, highlights and bars with classes (<c>sh-russia</c>, <c>th-territory</c>) and never need a style attribute,
/// which the coming Content-Security-Policy forbids.
/// </summary>
public static partial class CodebookStyles
{
    public const string Path = "/css/codebook.css";

    // Colour-blind-safe hues readable as bar fills on both the light and the dark background.
    private static readonly string[] ThemePalette =
        ["#0072b2", "#d55e00", "#009e73", "#cc79a7", "#e69f00", "#56b4e9", "#8c6d31", "#7570b3", "#b2182b", "#4d9221"];

    public static string StakeholderClass(string id) => "sh-" + CssIdent(id);

    public static string ThemeClass(string id) => "th-" + CssIdent(id);

    public static string Stylesheet(Codebook codebook)
    {
        var css = new StringBuilder("/* Generated from the codebook in force. */\n");
        foreach (var stakeholder in codebook.Stakeholders)
        {
            var color = SafeColor(stakeholder.Color);
            var cls = StakeholderClass(stakeholder.Id);
            css.Append(CultureInfo.InvariantCulture, $".{cls} {{ --sh: {color}; --sh-fg: {TextOn(color)}; }}\n");
            // Each legend checkbox switches off its own stakeholder's highlights, without JavaScript.
            css.Append(CultureInfo.InvariantCulture,
                $".highlighting:has(#hl-{CssIdent(stakeholder.Id)}:not(:checked)) mark.{cls} {{ background: none; border-bottom-color: transparent; }}\n");
        }

        css.Append("@media (prefers-color-scheme: dark) {\n");
        foreach (var stakeholder in codebook.Stakeholders)
        {
            var color = SafeColor(stakeholder.ColorOnDark);
            css.Append(CultureInfo.InvariantCulture, $"  .{StakeholderClass(stakeholder.Id)} {{ --sh: {color}; --sh-fg: {TextOn(color)}; }}\n");
        }

        css.Append("}\n");
        for (var i = 0; i < codebook.Themes.Count; i++)
        {
            css.Append(CultureInfo.InvariantCulture, $".{ThemeClass(codebook.Themes[i].Id)} {{ --th: {ThemePalette[i % ThemePalette.Length]}; }}\n");
        }

        return css.ToString();
    }

    /// <summary>Black or white, whichever contrasts more with <paramref name="hex"/> (WCAG relative luminance).</summary>
    internal static string TextOn(string hex)
    {
        var (r, g, b) = Parse(hex);
        var luminance = (0.2126 * Linear(r)) + (0.7152 * Linear(g)) + (0.0722 * Linear(b));
        var withWhite = 1.05 / (luminance + 0.05);
        var withBlack = (luminance + 0.05) / 0.05;
        return withBlack >= withWhite ? "#000000" : "#ffffff";
    }

    private static double Linear(int channel)
    {
        var c = channel / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
    }

    private static (int R, int G, int B) Parse(string hex)
    {
        var digits = hex.TrimStart('#');
        if (digits.Length == 3)
        {
            digits = string.Concat(digits.Select(c => $"{c}{c}"));
        }

        return (int.Parse(digits[..2], NumberStyles.HexNumber, CultureInfo.InvariantCulture),
            int.Parse(digits[2..4], NumberStyles.HexNumber, CultureInfo.InvariantCulture),
            int.Parse(digits[4..6], NumberStyles.HexNumber, CultureInfo.InvariantCulture));
    }

    // The codebook is an editable data file: only plain hex colours reach the stylesheet.
    private static string SafeColor(string color) => HexColor().IsMatch(color) ? color : "#888888";

    private static string CssIdent(string id) => NotIdent().Replace(id.ToLowerInvariant(), "-");

    [GeneratedRegex("^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$")]
    private static partial Regex HexColor();

    [GeneratedRegex("[^a-z0-9_-]")]
    private static partial Regex NotIdent();
}
