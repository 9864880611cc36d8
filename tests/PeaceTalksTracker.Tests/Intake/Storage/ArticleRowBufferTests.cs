using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PeaceTalksTracker.Analysis;
using PeaceTalksTracker.Articles;
using PeaceTalksTracker.Intake.Cleaning;
using PeaceTalksTracker.Intake.Storage;
using PeaceTalksTracker.Tests.TestSupport;

namespace PeaceTalksTracker.Tests.Intake.Storage;

/// <summary>
/// The batch writer's two ways of inserting a new article (a table at a time on a batch's first try, a row at a time
/// with a savepoint per file on its retry) must store the very same rows.
/// </summary>
public sealed class ArticleRowBufferTests : IDisposable
{
    // Every table a new article writes, each row in column order; ids included, since both stores start empty.
    private static readonly string[] Tables =
        ["Articles", "Paragraphs", "Mentions", "ParagraphThemes", "Quotes", "ArticleStakeholders", "ArticleThemes", "CitedSources", "RemovedTexts", "ArticleFingerprints", "ArticleShingleBands", "ParagraphSearch"];

    private readonly PeaceTalksApp _buffered = new(settings: new Dictionary<string, string?> { ["Import:ImportSeedsOnStart"] = "false" });
    private readonly PeaceTalksApp _rowByRow = new(settings: new Dictionary<string, string?> { ["Import:ImportSeedsOnStart"] = "false" });

    public void Dispose()
    {
        _buffered.Dispose();
        _rowByRow.Dispose();
    }

    [Fact]
    public async Task A_table_at_a_time_stores_exactly_the_rows_a_row_at_a_time_stores()
    {
        await StoreAsync(_buffered, fileSavepoints: false, Sample("one"), Sample("two"));
        await StoreAsync(_rowByRow, fileSavepoints: true, Sample("one"), Sample("two"));

        foreach (var table in Tables)
        {
            var expected = Rows(_rowByRow, table);
            Assert.True(expected.Count > 0, $"no rows in {table}");
            Assert.Equal(expected, Rows(_buffered, table));
        }
    }

    [Fact]
    public async Task New_ids_continue_past_every_id_the_store_ever_gave_as_SQLite_would()
    {
        await StoreAsync(_buffered, fileSavepoints: false, Sample("one"), Sample("two"));
        using (var connection = Open(_buffered))
        {
            Execute(connection, """DELETE FROM "Articles" WHERE "Id" = 2""");
        }

        var third = Sample("three");
        await StoreAsync(_buffered, fileSavepoints: false, third);

        // The deleted article's id is never handed out again (AUTOINCREMENT), nor are its paragraphs'.
        Assert.Equal(3, third.Id);
        Assert.True(third.Paragraphs[0].Id > 4);
        using var check = Open(_buffered);
        Assert.Equal(3L, Scalar(check, """SELECT seq FROM sqlite_sequence WHERE name = 'Articles'"""));
    }

    [Fact]
    public async Task An_article_written_a_table_at_a_time_is_found_as_a_duplicate_by_the_next_one_in_its_batch()
    {
        var first = Sample("one");
        var copy = Sample("one");
        copy.SourcePath = "/imports/copy.md";
        await using var writer = await _buffered.Services.GetRequiredService<ArticleStore>().BeginBatchAsync([first, copy], new DuplicateKeys(), fileSavepoints: false);

        await writer.SaveAsync(null, first, Fingerprint(first), CancellationToken.None);
        var found = await writer.Duplicates.FindSameTextAsync(Fingerprint(copy), null, CancellationToken.None);
        await writer.CommitAsync(CancellationToken.None);

        Assert.Equal(first.Id, found?.Id);
    }

    [Fact]
    public async Task A_row_the_store_refuses_fails_the_batch_and_leaves_nothing_written()
    {
        var first = Sample("one");
        var clash = Sample("two");
        clash.SourcePath = first.SourcePath; // the unique path index refuses it, but only once both are written
        var store = _buffered.Services.GetRequiredService<ArticleStore>();

        await using (var writer = await store.BeginBatchAsync([first, clash], null, fileSavepoints: false))
        {
            await writer.SaveAsync(null, first, null, CancellationToken.None);
            await writer.SaveAsync(null, clash, null, CancellationToken.None);
            await Assert.ThrowsAsync<SqliteException>(() => writer.CommitAsync(CancellationToken.None));
        }

        await using var db = _buffered.CreateDbContext();
        Assert.Equal(0, await db.Articles.CountAsync());
        Assert.Equal(0, await db.Paragraphs.CountAsync());
    }

    [Fact]
    public async Task A_batch_of_more_files_than_SQLite_binds_values_still_finds_what_it_stored()
    {
        var stored = Sample("one");
        await StoreAsync(_buffered, fileSavepoints: false, stored);

        // SQLite binds at most 32,766 values in one statement: the batch's lookups by path and by text must not bind one per file.
        var again = Sample("one");
        var batch = Enumerable.Range(0, 33_000)
            .Select(i => new Article { Slug = "", Title = $"Story {i}", ContentHash = $"other-{i}", SourceFile = $"{i}.md", SourcePath = $"/imports/more/{i}.md", CodebookHash = "codebook", OriginalText = "", BodyMarkdown = "" })
            .Append(again)
            .ToList();
        await using var writer = await _buffered.Services.GetRequiredService<ArticleStore>().BeginBatchAsync(batch, new DuplicateKeys(), fileSavepoints: false);

        var (existing, _, unchanged) = writer.Find(again);
        Assert.Equal(stored.Id, existing?.Id);
        Assert.True(unchanged);
    }

    private static async Task StoreAsync(PeaceTalksApp app, bool fileSavepoints, params Article[] articles)
    {
        await using var writer = await app.Services.GetRequiredService<ArticleStore>().BeginBatchAsync(articles, new DuplicateKeys(), fileSavepoints);
        foreach (var article in articles)
        {
            await writer.SaveAsync(null, article, Fingerprint(article), CancellationToken.None);
        }

        await writer.CommitAsync(CancellationToken.None);
    }

    private static TextFingerprint Fingerprint(Article article) => TextFingerprint.Of(article.Paragraphs.Select(p => p.Text));

    /// <summary>An article with a row in every child table and a value of every kind the model stores.</summary>
    private static Article Sample(string name) => new()
    {
        Slug = "",
        Title = $"Talks in Geneva {name}: “no deal yet” 🕊",
        TitleIsDerived = name == "two",
        Subtitle = name == "one" ? null : "A subtitle with a lone surrogate \ud800 half",
        Outlet = "Reuters",
        Author = name == "two" ? "" : null, // an empty string is text, not NULL
        PublishedOn = new DateOnly(2026, 2, 17),
        BodyMarkdown = "Delegations met for a second day.\n\nKyiv said it would not cede the rest of Donetsk.",
        WordCount = 17,
        OriginalText = "Delegations met for a second day.\nKyiv said it would not cede the rest of Donetsk.",
        ContentHash = $"hash-{name}",
        SourceFile = $"{name}.md",
        SourcePath = $"/imports/{name}.md",
        CodebookHash = "codebook",
        ImportedAt = new DateTimeOffset(2026, 12, 2, 3, 4, 5, TimeSpan.Zero),
        UpdatedAt = new DateTimeOffset(2026, 12, 2, 3, 4, 5, TimeSpan.Zero),
        QualityFlag = name == "two" ? "too-short" : null,
        Paragraphs =
        [
            new Paragraph { Index = 0, Text = "Delegations met for a second day in Geneva, officials of all three countries said on Wednesday.", Kind = ParagraphKind.Paragraph, WordCount = 15,
                Mentions = [new Mention { StakeholderId = "ukraine", Start = 0, Length = 4, Text = "Kyiv" }],
                Themes = [new ParagraphTheme { ThemeId = "negotiations", Score = 0.1 + (2.0 / 3), Evidence = "met; talks" }] },
            new Paragraph { Index = 1, Heading = "Territory", Text = $"Kyiv said it would not cede the rest of Donetsk, a region it still partly holds ({name}).", Kind = ParagraphKind.ListItem, WordCount = 16 },
            new Paragraph { Index = 2, Text = "Moscow wants the whole of the region before any ceasefire, while European envoys asked for guarantees that a truce would hold, and aid groups said the front-line towns had gone without power for a week.", WordCount = 37 },
        ],
        Quotes = [new Quote { ParagraphIndex = 1, Speaker = "Zelensky", StakeholderId = "ukraine", Text = "We will not give up our land", Method = AttributionMethod.SaidVerb, IsPhrase = false }],
        Stakeholders = [new ArticleStakeholder { StakeholderId = "ukraine", Mentions = 1, Paragraphs = 1 }],
        Themes = [new ArticleTheme { ThemeId = "negotiations", Paragraphs = 1, Share = 0.5 }],
        CitedSources = [new CitedSource { Position = 0, Name = "Reuters", Title = null }],
        RemovedTexts = [new RemovedText { Position = 0, Kind = RemovedTextKind.Navigation, Text = "Previous Article" }],
    };

    private static List<string> Rows(PeaceTalksApp app, string table)
    {
        using var connection = Open(app);
        using var command = connection.CreateCommand();
        command.CommandText = $"""SELECT * FROM "{table}" ORDER BY rowid""";
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
        {
            // The stored type matters as much as the value (text "1" is not integer 1).
            rows.Add(string.Join(" | ", Enumerable.Range(0, reader.FieldCount).Select(i => $"{reader.GetDataTypeName(i)}:{Value(reader, i)}")));
        }

        return rows;
    }

    private static string Value(SqliteDataReader reader, int column) => reader.IsDBNull(column) ? "NULL" : reader.GetValue(column) switch
    {
        byte[] bytes => Convert.ToHexString(bytes),
        double number => number.ToString("R", System.Globalization.CultureInfo.InvariantCulture),
        var value => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)!,
    };

    private static SqliteConnection Open(PeaceTalksApp app)
    {
        var connection = new SqliteConnection(app.ConnectionString);
        connection.Open();
        return connection;
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static object? Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }
}
