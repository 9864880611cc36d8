using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;
using PeaceTalksTracker.Analysis;
using PeaceTalksTracker.Data;
using PeaceTalksTracker.Search;
using PeaceTalksTracker.Tests.TestSupport;
using static PeaceTalksTracker.Tests.Data.StoreShape;

namespace PeaceTalksTracker.Tests.Data;

/// <summary>
/// Stores made by the schema scripts (before the migrations) are taken into the migration history in place: every
/// row stays as it was, the schema ends up the migrations' own, and search keeps finding old and new articles.
/// </summary>
public sealed class StoreMigrationTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public async Task A_store_made_by_the_scripts_at_each_version_is_taken_into_the_migration_history_without_touching_a_row(int version)
    {
        using var folder = new TempFolder();
        var connectionString = $"Data Source={Path.Combine(folder.Path, "old.db")}";
        Dictionary<string, (List<string> Columns, List<string> Rows)> before;
        using (var connection = new SqliteConnection(connectionString))
        {
            connection.Open();
            CreateScriptStoreWithArticles(connection, version);
            before = Tables(connection).ToDictionary(t => t, t => (Columns(connection, t), Rows(connection, t, Columns(connection, t))));
        }

        new StoreInitializer(connectionString, NullLogger<StoreInitializer>.Instance).Initialize();

        using (var connection = new SqliteConnection(connectionString))
        {
            connection.Open();
            Assert.Equal(AllMigrations(), Query(connection, "SELECT MigrationId FROM __EFMigrationsHistory ORDER BY MigrationId"));
            foreach (var (table, (columns, rows)) in before)
            {
                Assert.Equal(rows, Rows(connection, table, columns));
            }

            Assert.Equal(2L, Scalar(connection, "SELECT count(*) FROM Articles"));
            Assert.Equal(3L, Scalar(connection, "SELECT count(*) FROM ParagraphSearch"));
        }

        var fresh = $"Data Source={Path.Combine(folder.Path, "fresh.db")}";
        new StoreInitializer(fresh, NullLogger<StoreInitializer>.Instance).Initialize();
        Assert.Equal(Describe(fresh), Describe(connectionString));

        var search = NewSearch(connectionString);
        var phrase = await SearchAsync(search, "\"security guarantees\"");
        var stemmed = await SearchAsync(search, "negotiations");
        var title = await SearchAsync(search, "ceasefire");
        var excluded = await SearchAsync(search, "delegations -istanbul");

        Assert.Equal(["talks-in-geneva"], phrase.Hits.Select(h => h.Slug));
        Assert.Equal(1, phrase.Hits[0].Paragraph);
        Assert.Equal(["talks-in-istanbul"], stemmed.Hits.Select(h => h.Slug));
        Assert.Equal(1, title.Total);
        Assert.Equal(2, title.TotalParagraphs);
        Assert.Equal(["talks-in-geneva"], excluded.Hits.Select(h => h.Slug));
        SqliteConnection.ClearAllPools();
    }

    [Fact]
    public async Task After_the_upgrade_new_and_edited_articles_are_found_by_search()
    {
        using var folder = new TempFolder();
        var connectionString = $"Data Source={Path.Combine(folder.Path, "old.db")}";
        using (var connection = new SqliteConnection(connectionString))
        {
            connection.Open();
            CreateScriptStoreWithArticles(connection, 1);
        }

        new StoreInitializer(connectionString, NullLogger<StoreInitializer>.Instance).Initialize();
        using (var connection = new SqliteConnection(connectionString))
        {
            connection.Open();
            Execute(connection, """
                INSERT INTO Articles (Id, Slug, Title, TitleIsDerived, BodyMarkdown, WordCount, OriginalText, ContentHash, SourceFile, SourcePath, ImportedAt, UpdatedAt)
                VALUES (3, 'talks-in-riyadh', 'Talks in Riyadh', 0, 'b', 1, 't', 'h3', 'c.txt', '/c.txt', 0, 0);
                INSERT INTO Paragraphs (ArticleId, "Index", Heading, Text, Kind, WordCount) VALUES (3, 0, NULL, 'A prisoner exchange was agreed.', 0, 5);
                UPDATE Articles SET Title = 'Truce in Geneva' WHERE Id = 1;
                """);
        }

        var search = NewSearch(connectionString);

        var added = await SearchAsync(search, "prisoner exchange");
        var renamed = await SearchAsync(search, "truce");

        Assert.Equal(["talks-in-riyadh"], added.Hits.Select(h => h.Slug));
        Assert.Equal(["talks-in-geneva"], renamed.Hits.Select(h => h.Slug));
        SqliteConnection.ClearAllPools();
    }

    // The schema as the scripts up to `version` made it, holding two articles (with tags and a quote) written through its triggers.
    private static void CreateScriptStoreWithArticles(SqliteConnection connection, int version)
    {
        LegacySchema.Apply(connection, upTo: version);
        Execute(connection, """
            INSERT INTO Articles (Id, Slug, Title, TitleIsDerived, BodyMarkdown, WordCount, OriginalText, ContentHash, SourceFile, SourcePath, ImportedAt, UpdatedAt, PublishedOn, Outlet)
            VALUES (1, 'talks-in-geneva', 'Ceasefire talks in Geneva', 0, 'b', 1, 't', 'h1', 'a.txt', '/a.txt', 638000000000000000, 638000000000000001, '2025-12-03', 'Reuters'),
                   (2, 'talks-in-istanbul', 'Delegations meet in Istanbul', 0, 'b', 1, 't', 'h2', 'b.txt', '/b.txt', 0, 0, NULL, NULL);
            INSERT INTO Paragraphs (ArticleId, "Index", Heading, Text, Kind, WordCount) VALUES
                (1, 0, NULL, 'Delegations arrived on Monday.', 0, 4),
                (1, 1, 'Guarantees', 'Kyiv wants security guarantees before any deal.', 0, 7),
                (2, 0, NULL, 'Both sides were negotiating late into the night.', 0, 8);
            INSERT INTO ArticleStakeholders (ArticleId, StakeholderId, Mentions, Paragraphs) VALUES (1, 'ukraine', 1, 1);
            INSERT INTO ArticleThemes (ArticleId, ThemeId, Paragraphs, Share) VALUES (1, 'security-guarantees', 1, 0.5);
            INSERT INTO Mentions (ParagraphId, StakeholderId, Start, Length, Text) VALUES (2, 'ukraine', 0, 4, 'Kyiv');
            INSERT INTO Quotes (ArticleId, ParagraphIndex, Speaker, StakeholderId, Text) VALUES (1, 1, NULL, NULL, 'security guarantees');
            INSERT INTO StoreSettings (Key, Value) VALUES ('CodebookHash', 'abc');
            """);
        if (version >= 4)
        {
            Execute(connection, "UPDATE Articles SET QualityFlag = 'paywall', QualityReason = 'stub', DuplicateOfId = 1 WHERE Id = 2;");
        }

        Assert.Equal(version, LegacySchema.GetVersion(connection));
    }

    private static SearchService NewSearch(string connectionString) =>
        new(new PooledDbContextFactory<PeaceTalksDbContext>(new DbContextOptionsBuilder<PeaceTalksDbContext>()
            .UseSqlite(connectionString).UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking).Options));

    private static Task<SearchResult> SearchAsync(SearchService search, string query) =>
        search.SearchAsync(SearchQueryParser.Parse(query, CodebookStartup.BuiltIn()), 1, 20, SearchSort.Relevance, CancellationToken.None);
}
