using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using PeaceTalksTracker.Analysis;
using PeaceTalksTracker.Data;
using PeaceTalksTracker.Search;
using PeaceTalksTracker.Tests.TestSupport;

namespace PeaceTalksTracker.Tests.Data;

/// <summary>Stores written by an older build are upgraded in place: their articles stay, and search keeps finding them (and new writes).</summary>
public sealed class StoreMigrationTests
{
    [Fact]
    public async Task A_store_at_version_1_with_articles_upgrades_to_the_latest_version_and_its_search_still_works()
    {
        using var folder = new TempFolder();
        var connectionString = $"Data Source={Path.Combine(folder.Path, "old.db")}";
        using (var connection = new SqliteConnection(connectionString))
        {
            connection.Open();
            CreateVersion1StoreWithArticles(connection);

            var applied = StoreSchema.Apply(connection);

            Assert.Equal(StoreSchema.LatestVersion - 1, applied);
            Assert.Equal(StoreSchema.LatestVersion, StoreSchema.GetVersion(connection));
            Assert.Equal(2L, Scalar(connection, "SELECT count(*) FROM Articles"));
            Assert.Equal(3L, Scalar(connection, "SELECT count(*) FROM ParagraphSearch"));
        }

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
            CreateVersion1StoreWithArticles(connection);
            StoreSchema.Apply(connection);
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

    // The schema as the first release created it (script 0001 alone), holding two articles written through its triggers.
    private static void CreateVersion1StoreWithArticles(SqliteConnection connection)
    {
        Execute(connection, StoreSchema.Migrations[0].Sql + "\nPRAGMA user_version = 1;");
        Execute(connection, """
            INSERT INTO Articles (Id, Slug, Title, TitleIsDerived, BodyMarkdown, WordCount, OriginalText, ContentHash, SourceFile, SourcePath, ImportedAt, UpdatedAt)
            VALUES (1, 'talks-in-geneva', 'Ceasefire talks in Geneva', 0, 'b', 1, 't', 'h1', 'a.txt', '/a.txt', 0, 0),
                   (2, 'talks-in-istanbul', 'Delegations meet in Istanbul', 0, 'b', 1, 't', 'h2', 'b.txt', '/b.txt', 0, 0);
            INSERT INTO Paragraphs (ArticleId, "Index", Heading, Text, Kind, WordCount) VALUES
                (1, 0, NULL, 'Delegations arrived on Monday.', 0, 4),
                (1, 1, 'Guarantees', 'Kyiv wants security guarantees before any deal.', 0, 7),
                (2, 0, NULL, 'Both sides were negotiating late into the night.', 0, 8);
            """);
        Assert.Equal(1, StoreSchema.GetVersion(connection));
    }

    private static SearchService NewSearch(string connectionString) =>
        new(new PooledDbContextFactory<PeaceTalksDbContext>(new DbContextOptionsBuilder<PeaceTalksDbContext>()
            .UseSqlite(connectionString).UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking).Options));

    private static Task<SearchResult> SearchAsync(SearchService search, string query) =>
        search.SearchAsync(SearchQueryParser.Parse(query, CodebookStartup.BuiltIn()), 1, 20, SearchSort.Relevance, CancellationToken.None);

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static long Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)command.ExecuteScalar()!;
    }
}
