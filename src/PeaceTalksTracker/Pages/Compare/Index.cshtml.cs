using System.Globalization;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PeaceTalksTracker.Analysis;
using PeaceTalksTracker.Articles;
using PeaceTalksTracker.Comparison;

namespace PeaceTalksTracker.Pages.Compare;

/// <summary>
/// <c>/compare?a={slug}&amp;b={slug}</c> (and <c>&amp;c=</c>, <c>&amp;d=</c>): articles side by side. The URL is the whole
/// state; the list page's "Compare" form submits <c>pick</c> checkboxes, redirected here to the canonical a/b URL.
/// </summary>
public sealed class IndexModel(ArticleComparison comparison, CodebookProvider codebookProvider) : PageModel
{
    /// <summary>How many recent articles the pickers suggest; any other is reached by typing its slug or title.</summary>
    public const int RecentChoices = 50;

    public enum View
    {
        /// <summary>Fewer than two different articles: ask the reader to choose.</summary>
        Choose,

        /// <summary>A slug names no article (404), the pickers shown to choose again.</summary>
        NotFound,
        Compare,
    }

    public View Shown { get; private set; }

    /// <summary>How many articles a comparison takes (A to D).</summary>
    public const int Letters = ArticleComparison.MaxArticles;

    /// <summary>The slugs as given, A to D ("" for none): what the pickers have selected.</summary>
    public IReadOnlyList<string> Picked { get; private set; } = ["", "", "", ""];

    /// <summary>A labelled group of articles the pickers offer (shown by title, submitted by slug).</summary>
    public sealed record ChoiceGroup(string Label, IReadOnlyList<ArticleChoice> Choices);

    /// <summary>The articles compared now, those whose title contains <see cref="Find"/>, and the most recent ones.</summary>
    public IReadOnlyList<ChoiceGroup> ChoiceGroups { get; private set; } = [];

    public int RecentCount { get; private set; }

    /// <summary>Text to look for in titles, so the pickers can offer any article without JavaScript.</summary>
    public string? Find { get; private set; }

    public IReadOnlyList<string> MissingSlugs { get; private set; } = [];

    /// <summary>For each slug not found, articles whose title or slug contains it: search without JavaScript.</summary>
    public Dictionary<string, List<ArticleChoice>> Suggestions { get; } = new(StringComparer.Ordinal);

    /// <summary>The slugs as compared, to build links that replace one of them.</summary>
    public IReadOnlyList<string> Slugs { get; private set; } = [];

    public string? Notice { get; private set; }

    public ArticleComparisonResult? Result { get; private set; }

    public Codebook Codebook => codebookProvider.Current;

    public async Task<IActionResult> OnGetAsync(
        string? a, string? b, string? c, string? d, string[]? pick, string? stakeholder, string? theme, string? find, CancellationToken cancellationToken)
    {
        if (pick is { Length: > 0 })
        {
            var picked = pick.Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => p.Trim()).Distinct(StringComparer.Ordinal).Take(ArticleComparison.MaxArticles).ToList();
            return Redirect(CompareUrl(picked, stakeholder, theme));
        }

        Picked = new[] { a, b, c, d }.Select(s => s?.Trim() ?? "").ToList();
        Find = string.IsNullOrWhiteSpace(find) || find.Trim().Length > 200 ? null : find.Trim();
        await LoadChoicesAsync(cancellationToken);
        var slugs = Picked.Where(s => s.Length > 0).ToList();
        if (slugs.Count < 2)
        {
            Shown = View.Choose;
            Notice = slugs.Count == 0 ? null : "Choose a second article to compare with the first.";
            return Page();
        }

        if (slugs.Distinct(StringComparer.Ordinal).Count() < slugs.Count)
        {
            Shown = View.Choose;
            Notice = "That is the same article twice. Choose a different article for one side.";
            return Page();
        }

        var (focus, focusNotice) = FocusFrom(stakeholder, theme);
        var outcome = await comparison.CompareAsync(slugs, focus, cancellationToken);
        if (outcome.Result is null)
        {
            // The datalist offers titles too: a typed title that names exactly one article is redirected to its slug.
            var resolved = new List<string>();
            foreach (var slug in slugs)
            {
                resolved.Add(outcome.MissingSlugs.Contains(slug) ? await comparison.ResolveAsync(slug, cancellationToken) ?? "" : slug);
            }

            if (resolved.All(s => s.Length > 0) && resolved.Distinct(StringComparer.Ordinal).Count() == resolved.Count)
            {
                return Redirect(CompareUrl(resolved, focus.StakeholderId, focus.ThemeId));
            }

            Shown = View.NotFound;
            MissingSlugs = outcome.MissingSlugs;
            Slugs = slugs;
            foreach (var missing in MissingSlugs.Where(m => m.Length >= 3))
            {
                Suggestions[missing] = await comparison.FindAsync(missing, 10, cancellationToken);
            }

            Response.StatusCode = StatusCodes.Status404NotFound;
            return Page();
        }

        Shown = View.Compare;
        Notice = focusNotice;
        Result = outcome.Result;
        return Page();
    }

    private async Task LoadChoicesAsync(CancellationToken cancellationToken)
    {
        var groups = new List<ChoiceGroup>();
        var picked = await comparison.ChoicesAsync(Picked.Where(s => s.Length > 0).ToList(), cancellationToken);
        if (picked.Count > 0)
        {
            groups.Add(new ChoiceGroup("Compared now", picked));
        }

        if (Find is { Length: >= 2 })
        {
            var found = await comparison.FindAsync(Find, 20, cancellationToken);
            groups.Add(new ChoiceGroup(found.Count == 0 ? $"No title contains “{Find}”" : $"Titles containing “{Find}”", found));
        }

        var recent = await comparison.RecentAsync(RecentChoices, cancellationToken);
        RecentCount = recent.Count;
        groups.Add(new ChoiceGroup("Most recent", recent));
        ChoiceGroups = groups;
    }

    /// <summary>How an article is shown in a picker: its title, then outlet and date.</summary>
    public static string ChoiceLabel(ArticleChoice choice)
    {
        ArgumentNullException.ThrowIfNull(choice);
        var title = choice.Title.Length <= 90 ? choice.Title : string.Concat(choice.Title.AsSpan(0, 89), "…");
        return title + (choice.Outlet is null ? "" : $" — {choice.Outlet}") + (choice.PublishedOn is null ? "" : $", {PublicationDate.Iso(choice.PublishedOn.Value)}");
    }

    public static string Capitalized(string text) => string.IsNullOrEmpty(text) ? text : char.ToUpperInvariant(text[0]) + text[1..];

    /// <summary>"1 point", "3 points".</summary>
    public static string Count(int count, string noun) => count.ToString(CultureInfo.InvariantCulture) + " " + (count == 1 ? noun : noun + "s");

    /// <summary>"Russia", "Russia and NATO", "Russia, NATO and China".</summary>
    public static string List(IEnumerable<string> items)
    {
        var list = items.ToList();
        return list.Count <= 1 ? string.Concat(list) : string.Join(", ", list.Take(list.Count - 1)) + " and " + list[^1];
    }

    /// <summary>Why a passage only one article has matters: what it covers that the other does not.</summary>
    public static string Why(Omission omission, IndexModel model)
    {
        ArgumentNullException.ThrowIfNull(omission);
        ArgumentNullException.ThrowIfNull(model);
        var parts = new List<string>();
        if (omission.Stakeholders.Count > 0)
        {
            parts.Add("names " + List(omission.Stakeholders.Select(model.StakeholderName)));
        }

        if (omission.Themes.Count > 0)
        {
            parts.Add("on " + List(omission.Themes.Select(model.ThemeName)));
        }

        return "(" + string.Join("; ", parts) + ")";
    }

    /// <summary>The canonical URL of a comparison: <c>/compare?a=…&amp;b=…</c>, then any focus.</summary>
    public static string CompareUrl(IReadOnlyList<string> slugs, string? stakeholder = null, string? theme = null)
    {
        ArgumentNullException.ThrowIfNull(slugs);
        var names = new[] { "a", "b", "c", "d" };
        var parts = slugs.Take(names.Length).Select((slug, i) => $"{names[i]}={Uri.EscapeDataString(slug)}").ToList();
        if (!string.IsNullOrEmpty(stakeholder))
        {
            parts.Add($"stakeholder={Uri.EscapeDataString(stakeholder)}");
        }

        if (!string.IsNullOrEmpty(theme))
        {
            parts.Add($"theme={Uri.EscapeDataString(theme)}");
        }

        return parts.Count == 0 ? "/compare" : "/compare?" + string.Join("&", parts);
    }

    /// <summary>
    /// The passage with the shared words in &lt;mark&gt;; every piece of article text goes through Append, which
    /// HTML-encodes it (the text is untrusted), and no whitespace is added between the runs.
    /// </summary>
    public static IHtmlContent Highlight(string text, IReadOnlyList<SharedTerm> shared)
    {
        var html = new HtmlContentBuilder();
        foreach (var run in PassageHighlighter.Split(text, shared))
        {
            if (run.Marked)
            {
                html.AppendHtml("<mark>").Append(run.Text).AppendHtml("</mark>");
            }
            else
            {
                html.Append(run.Text);
            }
        }

        return html;
    }

    /// <summary>How each shared word is spelled in A, once each (both halves of "deep-rooted" are one word to a reader).</summary>
    public static string SharedWords(IReadOnlyList<SharedTerm> shared, int count = 8) =>
        string.Join(", ", shared.Select(s => s.InA).Distinct(StringComparer.OrdinalIgnoreCase).Take(count));

    /// <summary>This comparison with one slug replaced (a suggestion for a slug that was not found).</summary>
    public string Replacing(string missing, string slug) =>
        CompareUrl(Slugs.Select(s => s == missing ? slug : s).ToList(), Request.Query["stakeholder"], Request.Query["theme"]);

    public static string ParagraphUrl(string slug, int index) => $"/articles/{Uri.EscapeDataString(slug)}#p-{index}";

    public string StakeholderName(string? id) =>
        id is null ? "Others and unnamed speakers" : Codebook.FindStakeholder(id)?.Name ?? id;

    public string StakeholderColor(string id) => Codebook.FindStakeholder(id)?.Color ?? "#888888";

    public string ThemeName(string id) => Codebook.FindTheme(id)?.Name ?? id;

    public static string Letter(int position) => ((char)('A' + position)).ToString();

    public static string Percent(double share) => share.ToString("0%", CultureInfo.InvariantCulture);

    public static string Figure(double similarity) => similarity.ToString("0.00", CultureInfo.InvariantCulture);

    public static string Excerpt(string text, int length = 280)
    {
        text = Readable(text);
        return text.Length <= length ? text
            : string.Concat(text.AsSpan(0, text.LastIndexOf(' ', length) is var cut and > 0 ? cut : length).TrimEnd(" ·,;:"), "…");
    }

    /// <summary>
    /// A table's text (Markdown rows, "| a | b |" and "|---|---|") as a reader would say it, "Table: a · b · …": an excerpt
    /// of the raw rows was pipes and dashes.
    /// </summary>
    internal static string Readable(string text)
    {
        if (!text.StartsWith('|'))
        {
            return text;
        }

        var cells = text.Split('\n')
            .Where(line => line.Any(c => c is not ('|' or '-' or ':' or ' ')))
            .SelectMany(line => line.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Where(cell => cell.Length > 0);
        return "Table: " + string.Join(" · ", cells);
    }

    private (ComparisonFocus Focus, string? Notice) FocusFrom(string? stakeholder, string? theme)
    {
        stakeholder = string.IsNullOrWhiteSpace(stakeholder) ? null : stakeholder.Trim();
        theme = string.IsNullOrWhiteSpace(theme) ? null : theme.Trim();
        string? notice = null;
        if (stakeholder is not null && Codebook.FindStakeholder(stakeholder) is null)
        {
            notice = $"There is no stakeholder \"{stakeholder}\" in the codebook, so the page is not narrowed to it.";
            stakeholder = null;
        }

        if (theme is not null && Codebook.FindTheme(theme) is null)
        {
            notice = $"There is no theme \"{theme}\" in the codebook, so the page is not narrowed to it.";
            theme = null;
        }

        return (new ComparisonFocus(stakeholder, theme), notice);
    }
}
