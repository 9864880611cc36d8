using PeaceTalksTracker.Articles;

namespace PeaceTalksTracker.Analysis;

/// <summary>What the analyzer needs of a paragraph.</summary>
public readonly record struct ParagraphInput(int Index, string Text, int WordCount, string? Heading = null);

public sealed record QuoteTags(int ParagraphIndex, FoundQuote Quote);

public sealed record StakeholderProfile(string StakeholderId, int Mentions, int Paragraphs);

public sealed record ThemeProfile(string ThemeId, int Paragraphs, double Share);

/// <summary>Everything tagging finds in one article; <see cref="Paragraphs"/> is in the order given.</summary>
public sealed record ArticleTags(
    IReadOnlyList<ParagraphTags> Paragraphs,
    IReadOnlyList<QuoteTags> Quotes,
    IReadOnlyList<StakeholderProfile> Stakeholders,
    IReadOnlyList<ThemeProfile> Themes);

/// <summary>Tags an article's paragraphs with stakeholders, themes and quotes, and builds its profile.</summary>
public sealed class ArticleAnalyzer(CodebookProvider codebooks)
{
    public string CodebookHash => codebooks.Current.Hash;

    /// <summary>Fills the article's mentions, paragraph themes, quotes and profile from the codebook in force.</summary>
    public void Analyze(Article article)
    {
        var tagger = codebooks.Tagger;
        var paragraphs = article.Paragraphs.OrderBy(p => p.Index).ToList();
        var tags = Tag(tagger, paragraphs.Select(p => new ParagraphInput(p.Index, p.Text, p.WordCount, p.Heading)).ToList(), article.TitleIsDerived ? null : article.Title);
        for (var i = 0; i < paragraphs.Count; i++)
        {
            paragraphs[i].Mentions = tags.Paragraphs[i].Mentions
                .Select(m => new Mention { StakeholderId = m.StakeholderId, Start = m.Start, Length = m.Length, Text = m.Text })
                .ToList();
            paragraphs[i].Themes = tags.Paragraphs[i].Themes
                .Select(t => new ParagraphTheme { ThemeId = t.ThemeId, Score = t.Score, Evidence = string.Join('|', t.Evidence) })
                .ToList();
        }

        article.Quotes = tags.Quotes
            .Select(q => new Quote
            {
                ParagraphIndex = q.ParagraphIndex,
                Speaker = q.Quote.Speaker,
                StakeholderId = q.Quote.StakeholderId,
                Text = q.Quote.Text,
                Role = q.Quote.Role,
                Method = q.Quote.Method,
                IsPhrase = q.Quote.IsPhrase,
            })
            .ToList();
        article.Stakeholders = tags.Stakeholders
            .Select(s => new ArticleStakeholder { StakeholderId = s.StakeholderId, Mentions = s.Mentions, Paragraphs = s.Paragraphs })
            .ToList();
        article.Themes = tags.Themes
            .Select(t => new ArticleTheme { ThemeId = t.ThemeId, Paragraphs = t.Paragraphs, Share = t.Share })
            .ToList();
        article.CodebookHash = tagger.Codebook.Hash;
    }

    private static IEnumerable<string> Headlines(IReadOnlyList<ParagraphInput> paragraphs, string? title)
    {
        if (!string.IsNullOrWhiteSpace(title))
        {
            yield return title;
        }

        string? previous = null;
        foreach (var paragraph in paragraphs)
        {
            if (!string.IsNullOrWhiteSpace(paragraph.Heading) && paragraph.Heading != previous)
            {
                yield return paragraph.Heading;
            }

            previous = paragraph.Heading;
        }
    }

    /// <summary>
    /// Every paragraph's mentions, with a person counted for the stakeholder their title gives in this article when it
    /// differs from the codebook's (Kaja Kallas as "Estonia’s prime minister" in 2023 is Estonia's, not the EU's).
    /// </summary>
    private static List<IReadOnlyList<FoundMention>> PlacePeopleByRole(ParagraphTagger tagger, IReadOnlyList<ParagraphInput> paragraphs)
    {
        var all = new List<IReadOnlyList<FoundMention>>(paragraphs.Count);
        Dictionary<string, string>? placed = null;
        foreach (var paragraph in paragraphs)
        {
            var mentions = tagger.FindMentions(paragraph.Text);
            all.Add(mentions);
            foreach (var mention in mentions)
            {
                if (mention.Person is not null && SpeakerCandidates.RoleStakeholder(paragraph.Text, mention, mentions) is { } stakeholder)
                {
                    placed ??= new Dictionary<string, string>(StringComparer.Ordinal);
                    placed.TryAdd(mention.Person.Name, stakeholder);
                }
            }
        }

        if (placed is null)
        {
            return all;
        }

        for (var i = 0; i < all.Count; i++)
        {
            if (all[i].Any(m => m.Person is not null && placed.ContainsKey(m.Person.Name)))
            {
                all[i] = all[i].Select(m => m.Person is not null && placed.TryGetValue(m.Person.Name, out var id) ? m with { StakeholderId = id } : m).ToList();
            }
        }

        return all;
    }

    /// <summary>Tags paragraphs with a compiled codebook; pure, so the re-tagger and benchmarks can run it on any thread.</summary>
    /// <remarks>
    /// The title (unless derived from the body) and each section heading count in the theme profile like a short
    /// paragraph: a theme they carry adds their words to its share, though they are not paragraphs of their own.
    /// </remarks>
    public static ArticleTags Tag(ParagraphTagger tagger, IReadOnlyList<ParagraphInput> paragraphs, string? title = null)
    {
        var tagged = new ParagraphTags[paragraphs.Count];
        var quotes = new List<QuoteTags>();
        var stakeholders = new Dictionary<string, (int Mentions, int Paragraphs)>(StringComparer.Ordinal);
        var themes = new Dictionary<string, (int Paragraphs, int Words)>(StringComparer.Ordinal);
        var totalWords = 0;
        var quoteFinder = new QuoteFinder();
        var allMentions = PlacePeopleByRole(tagger, paragraphs);
        for (var i = 0; i < paragraphs.Count; i++)
        {
            var paragraph = paragraphs[i];
            totalWords += paragraph.WordCount;
            var mentions = allMentions[i];
            var paragraphThemes = tagger.FindThemes(paragraph.Text);
            tagged[i] = new ParagraphTags(mentions, paragraphThemes);

            foreach (var quote in quoteFinder.FindNext(paragraph.Text, mentions))
            {
                quotes.Add(new QuoteTags(paragraph.Index, quote));
            }

            foreach (var group in mentions.GroupBy(m => m.StakeholderId))
            {
                var count = stakeholders.GetValueOrDefault(group.Key);
                stakeholders[group.Key] = (count.Mentions + group.Count(), count.Paragraphs + 1);
            }

            foreach (var theme in paragraphThemes)
            {
                var count = themes.GetValueOrDefault(theme.ThemeId);
                themes[theme.ThemeId] = (count.Paragraphs + 1, count.Words + paragraph.WordCount);
            }
        }

        foreach (var headline in Headlines(paragraphs, title))
        {
            var words = headline.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
            totalWords += words;
            foreach (var theme in tagger.FindThemes(headline))
            {
                var count = themes.GetValueOrDefault(theme.ThemeId);
                themes[theme.ThemeId] = (count.Paragraphs, count.Words + words);
            }
        }

        return new ArticleTags(
            tagged,
            quotes,
            stakeholders
                .OrderByDescending(s => s.Value.Mentions).ThenBy(s => s.Key, StringComparer.Ordinal)
                .Select(s => new StakeholderProfile(s.Key, s.Value.Mentions, s.Value.Paragraphs))
                .ToList(),
            themes
                .OrderByDescending(t => t.Value.Words).ThenBy(t => t.Key, StringComparer.Ordinal)
                .Select(t => new ThemeProfile(t.Key, t.Value.Paragraphs, totalWords == 0 ? 0 : Math.Round((double)t.Value.Words / totalWords, 4)))
                .ToList());
    }
}
