using System.Data.Common;
using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PeaceTalksTracker.Data;

namespace PeaceTalksTracker.Search;

public enum SearchSort
{
    Relevance = 0,
    Date = 1,
}

/// <summary>One matching article, shown by its best paragraph.</summary>
public sealed record SearchHit(
    string Slug,
    string Title,
    Snippet TitleSnippet,
    string? Outlet,
    DateOnly? PublishedOn,
    int Paragraph,
    string? Heading,
    Snippet Snippet,
    int MatchingParagraphs,
    IReadOnlyList<int> OtherParagraphs);

/// <summary>Counts of matching articles per stakeholder id, theme id and outlet, over the whole result.</summary>
public sealed record SearchFacets(
    IReadOnlyDictionary<string, int> Stakeholders, IReadOnlyDictionary<string, int> Themes, IReadOnlyDictionary<string, int> Outlets)
{
    public static SearchFacets None { get; } = new(new Dictionary<string, int>(), new Dictionary<string, int>(), new Dictionary<string, int>());
}

/// <summary>A page of hits (one per article) with the totals and facets of the whole result.</summary>
public sealed record SearchResult(int Total, int TotalParagraphs, IReadOnlyList<SearchHit> Hits, SearchFacets Facets, int Page, int PageSize)
{
    /// <summary>
    /// Set when the words match more paragraphs than are ranked (<see cref="SearchOptions.MaxRankedParagraphs"/>): the
    /// hits, totals and facets are then over the newest of them, and this says so to the reader.
    /// </summary>
    public string? CapNote { get; init; }

    public static SearchResult None(int pageSize) => new(0, 0, [], SearchFacets.None, 1, pageSize);

    public int PageCount => Total == 0 ? 0 : (Total + PageSize - 1) / PageSize;
}

/// <summary>
/// Full-text search over the FTS5 index of paragraphs. The database matches, ranks, filters, groups and counts: one
/// statement computes the page, totals and facets from the matched rows (materialised once), a second one builds
/// snippets for the page's paragraphs only.
/// </summary>
public sealed class SearchService(IDbContextFactory<PeaceTalksDbContext> dbFactory, IOptions<SearchOptions> options)
{
    /// <summary>With the default <see cref="SearchOptions"/>, for callers outside the app's container.</summary>
    public SearchService(IDbContextFactory<PeaceTalksDbContext> dbFactory)
        : this(dbFactory, Options.Create(new SearchOptions()))
    {
    }

    /// <summary>bm25 column weights: a word in the title counts most, then the section heading, then the paragraph.</summary>
    private const string Rank = "bm25(ParagraphSearch, 10.0, 4.0, 1.0)";

    /// <summary>
    /// The same without the title, which every paragraph of an article shares: picks the paragraph to show. Computed in
    /// the same pass as the rank: bm25() under a rowid list (a later, smaller statement) recomputes its statistics per rowid.
    /// </summary>
    private const string BodyRank = "bm25(ParagraphSearch, 0.0, 4.0, 1.0)";

    private const int SnippetTokens = 32;

    /// <summary>
    /// snippet() scores every window of a paragraph against every match, so its cost grows with the square of the
    /// paragraph's length (a 1.9 MB paragraph took 43 s). Longer paragraphs, which only a store imported before the
    /// long-paragraph rule can hold, are shown from their start, unmarked: a bounded cost whatever the data.
    /// </summary>
    internal const int MaxSnippetSourceChars = 20_000;

    private const int PlainExcerptChars = 300;
    private const int OtherParagraphsShown = 8;

    public async Task<SearchResult> SearchAsync(SearchQuery query, int page, int pageSize, SearchSort sort, CancellationToken cancellationToken)
    {
        if (query.IsEmpty)
        {
            return SearchResult.None(pageSize);
        }

        page = Math.Max(1, page);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync(cancellationToken);
        try
        {
            // Disposed before the context closes the connection back into the pool.
            using var interrupt = connection.InterruptOnCancel(cancellationToken);
            var result = await SearchOpenAsync(connection, query, page, pageSize, sort, MaxRanked, cancellationToken);
            return query.Match is not null && result.TotalParagraphs >= MaxRanked
                ? result with
                {
                    CapNote = $"These words are in more than {MaxRanked:N0} paragraphs, most of the store: results, counts and facets are "
                        + $"over the {MaxRanked:N0} most recently imported of them. Add a word or a filter to narrow the search.",
                }
                : result;
        }
        catch (SqliteException ex) when (ex.IsInterruptBy(cancellationToken))
        {
            throw new OperationCanceledException("The search was abandoned by its client.", ex, cancellationToken);
        }
    }

    private int MaxRanked => Math.Max(1, options.Value.MaxRankedParagraphs);

    private static async Task<SearchResult> SearchOpenAsync(
        DbConnection connection, SearchQuery query, int page, int pageSize, SearchSort sort, int maxRanked, CancellationToken cancellationToken)
    {
        await using (var pragma = connection.CreateCommand())
        {
            // A search touches thousands of scattered index and paragraph pages; memory-mapping the store and a bigger
            // page cache on the (pooled) connection save a system call per page. Both only change this connection.
            pragma.CommandText = "PRAGMA mmap_size = 1073741824; PRAGMA cache_size = -32768;";
            await pragma.ExecuteNonQueryAsync(cancellationToken);
        }

        var total = 0;
        var totalParagraphs = 0;
        var pageRows = new List<(int ArticleId, long? ParagraphId, int Matches)>();
        var paragraphs = new Dictionary<int, List<MatchedParagraph>>();
        var stakeholders = new Dictionary<string, int>();
        var themes = new Dictionary<string, int>();
        var outlets = new Dictionary<string, int>(StringComparer.Ordinal);

        await using (var command = connection.CreateCommand())
        {
            command.CommandText = BuildResultSql(query, sort);
            AddFilterParameters(command, query);
            AddParameter(command, "@take", pageSize);
            AddParameter(command, "@skip", (long)(page - 1) * pageSize);
            if (query.Match is not null)
            {
                AddParameter(command, "@maxRanked", maxRanked);
            }
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                var key = reader.IsDBNull(1) ? null : reader.GetString(1);
                switch (reader.GetString(0))
                {
                    case "h":
                        pageRows.Add((reader.GetInt32(2), reader.IsDBNull(3) ? null : reader.GetInt64(3), reader.GetInt32(4)));
                        break;
                    case "x":
                        var articleId = reader.GetInt32(2);
                        if (!paragraphs.TryGetValue(articleId, out var list))
                        {
                            paragraphs[articleId] = list = [];
                        }

                        list.Add(new MatchedParagraph(reader.GetInt32(3), reader.GetInt64(4), reader.GetDouble(5), reader.GetDouble(6)));
                        break;
                    case "n":
                        total = reader.GetInt32(4);
                        totalParagraphs = reader.IsDBNull(3) ? 0 : reader.GetInt32(3);
                        break;
                    case "s":
                        stakeholders[key!] = reader.GetInt32(4);
                        break;
                    case "t":
                        themes[key!] = reader.GetInt32(4);
                        break;
                    case "o":
                        outlets[key!] = reader.GetInt32(4);
                        break;
                }
            }
        }

        // Every paragraph of an article shares its title, so a title match makes them all match; show the paragraph
        // whose own words match best, and rank by the best title-weighted score.
        var others = new Dictionary<int, List<int>>();
        for (var i = 0; i < pageRows.Count; i++)
        {
            if (paragraphs.TryGetValue(pageRows[i].ArticleId, out var matched))
            {
                var best = matched.OrderBy(m => m.BodyScore).ThenBy(m => m.Score).ThenBy(m => m.Index).First();
                pageRows[i] = pageRows[i] with { ParagraphId = best.ParagraphId };
                others[pageRows[i].ArticleId] = [.. matched.Where(m => m != best).Select(m => m.Index)];
            }
        }

        var hits = pageRows.Count == 0 ? [] : await LoadHitsAsync(connection, query, pageRows, others, cancellationToken);
        return new SearchResult(total, totalParagraphs, hits, new SearchFacets(stakeholders, themes, outlets), page, pageSize);
    }

    private sealed record MatchedParagraph(int Index, long ParagraphId, double Score, double BodyScore);

    private static string BuildResultSql(SearchQuery query, SearchSort sort)
    {
        var filters = FilterSql(query);
        var sql = new StringBuilder();
        string order;
        if (query.Match is not null)
        {
            // Filters are properties of the article, so they apply after grouping paragraphs by article: the
            // Articles row is read once per matching article, not once per matching paragraph. A word in most of the
            // store would rank and count every paragraph it is in (seconds at 100,000 articles): the newest
            // @maxRanked matches are ranked, read from the index newest first so the rest are never visited.
            sql.Append(CultureInfo.InvariantCulture, $"""
                WITH hits AS MATERIALIZED (
                    SELECT p."ArticleId" AS ArticleId, s.Id AS ParagraphId, p."Index" AS ParagraphIndex, s.Score, s.BodyScore
                    FROM (SELECT rowid AS Id, {Rank} AS Score, {BodyRank} AS BodyScore FROM ParagraphSearch
                          WHERE ParagraphSearch MATCH @match ORDER BY rowid DESC LIMIT @maxRanked) s
                    CROSS JOIN "Paragraphs" p ON p."Id" = s.Id
                ),
                arts AS MATERIALIZED (
                    SELECT g.ArticleId, g.ParagraphId, g.Score, g.Matches, a."PublishedOn" AS PublishedOn, a."Outlet" AS Outlet
                    FROM (SELECT ArticleId, ParagraphId, min(Score) AS Score, count(*) AS Matches FROM hits GROUP BY ArticleId) g
                    JOIN "Articles" a ON a."Id" = g.ArticleId
                    WHERE 1 = 1{filters}
                ),
                """);
            order = sort == SearchSort.Date ? "PublishedOn DESC, Score, ArticleId" : "Score, ArticleId";
        }
        else
        {
            sql.Append(CultureInfo.InvariantCulture, $"""
                WITH arts AS MATERIALIZED (
                    SELECT a."Id" AS ArticleId, NULL AS ParagraphId, 0.0 AS Score, 0 AS Matches, a."PublishedOn" AS PublishedOn, a."Outlet" AS Outlet
                    FROM "Articles" a
                    WHERE 1 = 1{filters}
                ),
                """);
            // Without words there is nothing to rank by: newest first.
            order = "PublishedOn DESC, ArticleId DESC";
        }

        // CROSS JOIN keeps the matched articles as the outer loop: the facets look up each match's tags by primary key
        // instead of scanning every tag in the store.
        sql.Append(CultureInfo.InvariantCulture, $"""

            page AS MATERIALIZED (SELECT ArticleId, ParagraphId, Matches FROM arts ORDER BY {order} LIMIT @take OFFSET @skip)
            SELECT 'h' AS Kind, NULL AS Key, ArticleId, ParagraphId, Matches, NULL, NULL FROM page
            UNION ALL SELECT 'n', NULL, NULL, sum(Matches), count(*), NULL, NULL FROM arts
            UNION ALL SELECT 's', x."StakeholderId", NULL, NULL, count(*), NULL, NULL FROM arts CROSS JOIN "ArticleStakeholders" x ON x."ArticleId" = arts.ArticleId GROUP BY x."StakeholderId"
            UNION ALL SELECT 't', x."ThemeId", NULL, NULL, count(*), NULL, NULL FROM arts CROSS JOIN "ArticleThemes" x ON x."ArticleId" = arts.ArticleId GROUP BY x."ThemeId"
            UNION ALL SELECT 'o', Outlet, NULL, NULL, count(*), NULL, NULL FROM arts WHERE Outlet IS NOT NULL GROUP BY Outlet
            """);
        if (query.Match is not null)
        {
            sql.Append("""

                UNION ALL SELECT 'x', NULL, h.ArticleId, h.ParagraphIndex, h.ParagraphId, h.Score, h.BodyScore FROM hits h JOIN page ON page.ArticleId = h.ArticleId
                """);
        }

        return sql.ToString();
    }

    private static string FilterSql(SearchQuery query)
    {
        var sql = new StringBuilder();
        if (query.Exclude is not null)
        {
            sql.Append(" AND a.\"Id\" NOT IN (SELECT px.\"ArticleId\" FROM ParagraphSearch(@exclude) sx JOIN \"Paragraphs\" px ON px.\"Id\" = sx.rowid)");
        }

        if (query.Outlets.Count > 0)
        {
            sql.Append(" AND (")
                .AppendJoin(" OR ", query.Outlets.Select((_, i) => $"a.\"Outlet\" = @o{i} COLLATE NOCASE"))
                .Append(')');
        }

        if (query.After is not null)
        {
            sql.Append(" AND a.\"PublishedOn\" >= @after");
        }

        if (query.Before is not null)
        {
            sql.Append(" AND a.\"PublishedOn\" < @before");
        }

        for (var i = 0; i < query.Stakeholders.Count; i++)
        {
            sql.Append(CultureInfo.InvariantCulture,
                $" AND EXISTS (SELECT 1 FROM \"ArticleStakeholders\" f WHERE f.\"ArticleId\" = a.\"Id\" AND f.\"StakeholderId\" = @s{i})");
        }

        for (var i = 0; i < query.Themes.Count; i++)
        {
            sql.Append(CultureInfo.InvariantCulture,
                $" AND EXISTS (SELECT 1 FROM \"ArticleThemes\" f WHERE f.\"ArticleId\" = a.\"Id\" AND f.\"ThemeId\" = @t{i})");
        }

        return sql.ToString();
    }

    private static void AddFilterParameters(DbCommand command, SearchQuery query)
    {
        if (query.Match is not null)
        {
            AddParameter(command, "@match", query.Match);
        }

        if (query.Exclude is not null)
        {
            AddParameter(command, "@exclude", query.Exclude);
        }

        for (var i = 0; i < query.Outlets.Count; i++)
        {
            AddParameter(command, $"@o{i}", query.Outlets[i]);
        }

        for (var i = 0; i < query.Stakeholders.Count; i++)
        {
            AddParameter(command, $"@s{i}", query.Stakeholders[i]);
        }

        for (var i = 0; i < query.Themes.Count; i++)
        {
            AddParameter(command, $"@t{i}", query.Themes[i]);
        }

        if (query.After is { } after)
        {
            AddParameter(command, "@after", SearchQuery.FormatDate(after));
        }

        if (query.Before is { } before)
        {
            AddParameter(command, "@before", SearchQuery.FormatDate(before));
        }
    }

    private static async Task<List<SearchHit>> LoadHitsAsync(
        DbConnection connection, SearchQuery query, List<(int ArticleId, long? ParagraphId, int Matches)> pageRows,
        Dictionary<int, List<int>> others, CancellationToken cancellationToken)
    {
        var details = new Dictionary<int, SearchHit>();
        var (open, close) = Snippet.NewMarkers();
        await using var command = connection.CreateCommand();
        if (query.Match is not null)
        {
            // snippet() and highlight() need the MATCH; the rowid list keeps the work to this page's paragraphs.
            var ids = string.Join(", ", pageRows.Select((_, i) => $"@r{i}"));
            command.CommandText = $"""
                SELECT a."Id", a."Slug", a."Title", a."Outlet", a."PublishedOn", p."Index", p."Heading",
                       highlight(ParagraphSearch, 0, @open, @close),
                       CASE WHEN length(p."Text") <= {MaxSnippetSourceChars} THEN snippet(ParagraphSearch, 2, @open, @close, '…', {SnippetTokens})
                            ELSE substr(p."Text", 1, {PlainExcerptChars}) END,
                       length(p."Text") > {MaxSnippetSourceChars}
                FROM ParagraphSearch s
                JOIN "Paragraphs" p ON p."Id" = s.rowid
                JOIN "Articles" a ON a."Id" = p."ArticleId"
                WHERE ParagraphSearch MATCH @match AND s.rowid IN ({ids})
                """;
            AddParameter(command, "@match", query.Match);
            AddParameter(command, "@open", open);
            AddParameter(command, "@close", close);
            for (var i = 0; i < pageRows.Count; i++)
            {
                AddParameter(command, $"@r{i}", pageRows[i].ParagraphId!.Value);
            }
        }
        else
        {
            var ids = string.Join(", ", pageRows.Select((_, i) => $"@r{i}"));
            command.CommandText = $"""
                SELECT a."Id", a."Slug", a."Title", a."Outlet", a."PublishedOn", coalesce(p."Index", 0), p."Heading", a."Title", coalesce(substr(p."Text", 1, {PlainExcerptChars}), ''), 1
                FROM "Articles" a
                LEFT JOIN "Paragraphs" p ON p."ArticleId" = a."Id" AND p."Index" = 0
                WHERE a."Id" IN ({ids})
                """;
            for (var i = 0; i < pageRows.Count; i++)
            {
                AddParameter(command, $"@r{i}", pageRows[i].ArticleId);
            }
        }

        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var articleId = reader.GetInt32(0);
            var matches = pageRows.First(r => r.ArticleId == articleId).Matches;
            var snippetText = reader.IsDBNull(8) ? "" : reader.GetString(8);
            var isPlainExcerpt = reader.GetBoolean(9);
            if (isPlainExcerpt && snippetText.Length >= PlainExcerptChars)
            {
                // A plain excerpt cut at the limit: end it at a word, and say it goes on.
                var lastSpace = snippetText.LastIndexOf(' ');
                snippetText = (lastSpace > 0 ? snippetText[..lastSpace] : snippetText) + " …";
            }

            details[articleId] = new SearchHit(
                reader.GetString(1),
                reader.GetString(2),
                Snippet.FromMarked(reader.IsDBNull(7) ? reader.GetString(2) : reader.GetString(7), open, close),
                reader.IsDBNull(3) ? null : reader.GetString(3),
                reader.IsDBNull(4) ? null : DateOnly.ParseExact(reader.GetString(4), "yyyy-MM-dd", CultureInfo.InvariantCulture),
                reader.GetInt32(5),
                reader.IsDBNull(6) ? null : reader.GetString(6),
                Snippet.FromMarked(snippetText, open, close),
                matches,
                others.TryGetValue(articleId, out var list) ? [.. list.Order().Take(OtherParagraphsShown)] : []);
        }

        // Keep the ranked order of the first statement.
        return [.. pageRows.Where(r => details.ContainsKey(r.ArticleId)).Select(r => details[r.ArticleId])];
    }

    private static void AddParameter(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
