using System.Globalization;
using System.Text;

namespace PeaceTalksTracker.Articles;

/// <summary>Turns titles into stable, readable URL slugs.</summary>
public static class Slugs
{
    private const int MaxLength = 80;

    public static string FromTitle(string title)
    {
        var normalized = title.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(normalized.Length);
        var pendingDash = false;
        foreach (var c in normalized)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsAsciiLetterOrDigit(c))
            {
                if (pendingDash && builder.Length > 0)
                {
                    builder.Append('-');
                }

                builder.Append(char.ToLowerInvariant(c));
                pendingDash = false;
            }
            else if (c is not '\'' and not '’')
            {
                pendingDash = true;
            }
        }

        var slug = builder.ToString();
        if (slug.Length > MaxLength)
        {
            // Cut at a word boundary so the slug never ends mid-word.
            var cut = slug.LastIndexOf('-', MaxLength);
            slug = slug[..(cut > 20 ? cut : MaxLength)];
        }

        return slug.Length == 0 ? "article" : slug;
    }
}
