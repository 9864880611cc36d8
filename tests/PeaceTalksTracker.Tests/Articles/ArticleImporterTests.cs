using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PeaceTalksTracker.Articles;
using PeaceTalksTracker.Tests.TestSupport;

namespace PeaceTalksTracker.Tests.Articles;

public sealed class ArticleImporterTests : IDisposable
{
    private const string Article = "Talks Resume in Geneva\nBy Ingrid Jones\nDecember 3, 2025\n\nThe delegations met on Monday.\nBackground\nThe war is in its fourth year.";

    private readonly TempFolder _files = new();
    private readonly PeaceTalksApp _app = new(settings: new Dictionary<string, string?> { ["Import:ImportSeedsOnStart"] = "false" });

    public void Dispose()
    {
        _app.Dispose();
        _files.Dispose();
    }

    private ArticleImporter Importer => _app.Services.GetRequiredService<ArticleImporter>();

    private sealed record StoreSnapshot(int Articles, int Paragraphs, int SearchRows, string Rows);

    private async Task<StoreSnapshot> SnapshotAsync()
    {
        await using var db = _app.CreateDbContext();
        var articles = await db.Articles.OrderBy(a => a.Id).Select(a => new { a.Id, a.Slug, a.Title, a.ContentHash, a.UpdatedAt }).ToListAsync();
        var paragraphs = await db.Paragraphs.OrderBy(p => p.Id).Select(p => new { p.Id, p.ArticleId, p.Index, p.Text }).ToListAsync();
        var searchRows = await db.Database.SqlQueryRaw<int>("SELECT count(*) AS \"Value\" FROM \"ParagraphSearch\"").SingleAsync();
        return new StoreSnapshot(articles.Count, paragraphs.Count, searchRows, string.Join('\n', articles) + "\n" + string.Join('\n', paragraphs));
    }

    [Fact]
    public async Task An_article_file_is_stored_with_its_paragraphs_headings_and_original_text()
    {
        var path = _files.File("geneva.txt", Article);

        var result = await Importer.ImportFileAsync(path);

        Assert.Equal(ImportOutcome.Imported, result.Outcome);
        Assert.Equal("talks-resume-in-geneva", result.Slug);
        await using var db = _app.CreateDbContext();
        var stored = await db.Articles.Include(a => a.Paragraphs).SingleAsync();
        Assert.Equal("Talks Resume in Geneva", stored.Title);
        Assert.Equal("Ingrid Jones", stored.Author);
        Assert.Equal(new DateOnly(2025, 12, 3), stored.PublishedOn);
        Assert.Equal(Article, stored.OriginalText);
        Assert.Equal("geneva.txt", stored.SourceFile);
        Assert.Equal(
            [(0, (string?)null, "The delegations met on Monday."), (1, "Background", "The war is in its fourth year.")],
            stored.Paragraphs.OrderBy(p => p.Index).Select(p => (p.Index, p.Heading, p.Text)));
        Assert.Equal(12, stored.WordCount);
    }

    [Fact]
    public async Task A_folder_mixing_good_and_bad_files_imports_the_good_ones_and_names_each_bad_one_with_a_reason()
    {
        var folder = Path.Combine(_files.Path, "mixed");
        _files.File("mixed/good.txt", Article);
        _files.File("mixed/nested/also-good.md", "Kyiv Weighs the Offer\n\nOfficials studied the draft.");
        _files.File("mixed/empty.txt", "");
        _files.File("mixed/blank.md", "   \n\n");
        _files.File("mixed/binary.txt", [0x00, 0x01, 0x02]);
        _files.File("mixed/notes.pdf", "%PDF-1.7");
        var missing = Path.Combine(_files.Path, "nowhere.txt");

        var report = await Importer.ImportAsync([folder, missing]);

        Assert.Equal(2, report.Imported);
        Assert.Equal(5, report.Rejected);
        var rejected = report.Results.Where(r => r.Outcome == ImportOutcome.Rejected).ToDictionary(r => Path.GetFileName(r.Path), r => r.ToString());
        Assert.Equal(["binary.txt", "blank.md", "empty.txt", "notes.pdf", "nowhere.txt"], rejected.Keys.Order(StringComparer.Ordinal));
        Assert.All(rejected, r =>
        {
            Assert.DoesNotContain('\n', r.Value);
            Assert.Contains(r.Key, r.Value, StringComparison.Ordinal);
        });
        Assert.Contains("file is empty", rejected["empty.txt"], StringComparison.Ordinal);
        Assert.Contains("NUL bytes", rejected["binary.txt"], StringComparison.Ordinal);
        Assert.Contains("unsupported extension '.pdf'", rejected["notes.pdf"], StringComparison.Ordinal);
        Assert.Contains("no such file or folder", rejected["nowhere.txt"], StringComparison.Ordinal);

        await using var db = _app.CreateDbContext();
        Assert.Equal(["Kyiv Weighs the Offer", "Talks Resume in Geneva"], await db.Articles.OrderBy(a => a.Title).Select(a => a.Title).ToListAsync());
    }

    [Fact]
    public async Task A_windows_1252_file_is_imported_with_a_note_saying_so()
    {
        byte[] bytes = [.. "Kyiv"u8, 0x92, .. "s Offer\n\nThe "u8, 0x93, .. "offer"u8, 0x94, .. " was studied."u8];
        var path = _files.File("legacy.txt", bytes);

        var result = await Importer.ImportFileAsync(path);

        Assert.Equal(ImportOutcome.Imported, result.Outcome);
        Assert.Contains("Windows-1252", result.ToString(), StringComparison.Ordinal);
        await using var db = _app.CreateDbContext();
        var stored = await db.Articles.SingleAsync();
        Assert.Equal("Kyiv’s Offer", stored.Title);
        Assert.Equal("not valid UTF-8; decoded as Windows-1252", stored.EncodingNote);
    }

    [Fact]
    public async Task A_file_over_the_configured_size_limit_is_rejected()
    {
        using var app = new PeaceTalksApp(settings: new Dictionary<string, string?> { ["Import:ImportSeedsOnStart"] = "false", ["Import:MaxFileBytes"] = "100" });
        var path = _files.File("long.txt", "Headline\n\n" + new string('x', 200));

        var result = await app.Services.GetRequiredService<ArticleImporter>().ImportFileAsync(path);

        Assert.Equal(ImportOutcome.Rejected, result.Outcome);
        Assert.Contains("over the 100-byte limit", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unreadable_file_is_rejected_and_the_rest_still_import()
    {
        var locked = _files.File("folder/locked.txt", Article);
        _files.File("folder/open.txt", "Kyiv Weighs the Offer\n\nOfficials studied the draft.");
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        File.SetUnixFileMode(locked, UnixFileMode.None);
        try
        {
            var report = await Importer.ImportAsync([Path.Combine(_files.Path, "folder")]);

            var lockedResult = report.Results.Single(r => r.Path == locked);
            if (FilePermissions.CanStillRead(locked))
            {
                // Running as root, where chmod 000 does not stop a read.
                Assert.Equal(ImportOutcome.Imported, lockedResult.Outcome);
            }
            else
            {
                Assert.Equal("cannot be read: permission denied", lockedResult.Reason);
            }

            Assert.Equal(ImportOutcome.Imported, report.Results.Single(r => r.Path.EndsWith("open.txt", StringComparison.Ordinal)).Outcome);
        }
        finally
        {
            File.SetUnixFileMode(locked, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
    }

    [Fact]
    public async Task Re_importing_an_unchanged_file_changes_nothing()
    {
        var path = _files.File("geneva.txt", Article);
        await Importer.ImportFileAsync(path);
        var before = await SnapshotAsync();

        var again = await Importer.ImportAsync([path]);

        Assert.Equal(ImportOutcome.Unchanged, Assert.Single(again.Results).Outcome);
        Assert.Equal(before, await SnapshotAsync());
    }

    [Fact]
    public async Task A_changed_file_updates_its_article_in_place_with_the_same_id_and_slug()
    {
        var path = _files.File("geneva.txt", Article);
        var first = await Importer.ImportFileAsync(path);
        int id;
        await using (var db = _app.CreateDbContext())
        {
            id = await db.Articles.Select(a => a.Id).SingleAsync();
        }

        File.WriteAllText(path, "Talks Resume in Geneva, Then Stall\n\nThe delegations left early.\nOutlook\nNo date was set for the next round.\nAnalysts were not surprised.");
        var second = await Importer.ImportFileAsync(path);

        Assert.Equal(ImportOutcome.Updated, second.Outcome);
        Assert.Equal(first.Slug, second.Slug);
        await using var check = _app.CreateDbContext();
        var stored = await check.Articles.Include(a => a.Paragraphs).SingleAsync();
        Assert.Equal(id, stored.Id);
        Assert.Equal("talks-resume-in-geneva", stored.Slug);
        Assert.Equal("Talks Resume in Geneva, Then Stall", stored.Title);
        Assert.Equal(
            ["The delegations left early.", "No date was set for the next round.", "Analysts were not surprised."],
            stored.Paragraphs.OrderBy(p => p.Index).Select(p => p.Text));
        Assert.Equal(3, await check.Paragraphs.CountAsync());
        var snapshot = await SnapshotAsync();
        Assert.Equal(3, snapshot.SearchRows);
    }

    [Fact]
    public async Task A_moved_file_keeps_its_article_instead_of_importing_a_duplicate()
    {
        var oldPath = _files.File(Path.Combine("before", "geneva.txt"), Article);
        var first = await Importer.ImportFileAsync(oldPath);
        var newPath = Path.Combine(_files.Path, "after", "geneva-talks.txt");
        Directory.CreateDirectory(Path.GetDirectoryName(newPath)!);
        File.Move(oldPath, newPath);

        var moved = await Importer.ImportFileAsync(newPath);
        var again = await Importer.ImportFileAsync(newPath);

        Assert.Equal(ImportOutcome.Updated, moved.Outcome);
        Assert.Contains("moved from", moved.Note, StringComparison.Ordinal);
        Assert.Equal(first.Slug, moved.Slug);
        Assert.Equal(ImportOutcome.Unchanged, again.Outcome);
        await using var db = _app.CreateDbContext();
        var stored = await db.Articles.SingleAsync();
        Assert.Equal(Path.GetFullPath(newPath), stored.SourcePath);
        Assert.Equal("geneva-talks.txt", stored.SourceFile);
        Assert.Equal(2, await db.Paragraphs.CountAsync());
    }

    [Fact]
    public async Task A_copy_of_a_file_that_still_exists_is_a_separate_article()
    {
        var original = _files.File(Path.Combine("one", "geneva.txt"), Article);
        var copy = _files.File(Path.Combine("two", "geneva.txt"), Article);

        var first = await Importer.ImportFileAsync(original);
        var second = await Importer.ImportFileAsync(copy);

        Assert.Equal(ImportOutcome.Imported, second.Outcome);
        Assert.NotEqual(first.Slug, second.Slug);
        await using var db = _app.CreateDbContext();
        Assert.Equal(2, await db.Articles.CountAsync());
    }

    [Fact]
    public async Task A_failure_while_storing_leaves_nothing_half_written()
    {
        var good = _files.File("geneva.txt", Article);
        await Importer.ImportFileAsync(good);
        var before = await SnapshotAsync();

        // The store refuses one paragraph mid-write, after the article row and earlier paragraphs went in.
        RefuseParagraphsSayingRefuseMe();

        var fresh = _files.File("fresh.txt", "Kyiv Weighs the Offer\n\nOfficials studied the draft.\nThey said refuse me, please.");
        File.WriteAllText(good, Article + "\nA new closing line that says refuse me.");
        var report = await Importer.ImportAsync([fresh, good]);

        Assert.All(report.Results, r => Assert.Equal(ImportOutcome.Rejected, r.Outcome));
        Assert.All(report.Results, r => Assert.Contains("could not be stored", r.Reason, StringComparison.Ordinal));
        Assert.Equal(before, await SnapshotAsync());
    }

    [Fact]
    public async Task A_file_the_store_refuses_is_rejected_alone_and_the_rest_of_its_batch_is_stored_and_searchable()
    {
        var importer = Importer; // starts the app, which creates the store
        RefuseParagraphsSayingRefuseMe();

        var first = _files.File("a-first.txt", "Ceasefire Draft Circulates\n\nDiplomats passed round a ceasefire draft in Vienna.");
        var refused = _files.File("b-refused.txt", "Kyiv Weighs the Offer\n\nOfficials studied the draft.\nThey said refuse me, please.");
        var last = _files.File("c-last.txt", "Prisoner Exchange Agreed\n\nBoth sides agreed an exchange of prisoners in Istanbul.");

        var report = await importer.ImportAsync([first, refused, last]);

        var outcomes = report.Results.ToDictionary(r => Path.GetFileName(r.Path), r => r.Outcome);
        Assert.Equal(ImportOutcome.Imported, outcomes["a-first.txt"]);
        Assert.Equal(ImportOutcome.Rejected, outcomes["b-refused.txt"]);
        Assert.Equal(ImportOutcome.Imported, outcomes["c-last.txt"]);
        Assert.Contains("refused by test", report.Results.Single(r => r.Outcome == ImportOutcome.Rejected).Reason, StringComparison.Ordinal);
        var snapshot = await SnapshotAsync();
        Assert.Equal(2, snapshot.Articles);
        Assert.Equal(snapshot.Paragraphs, snapshot.SearchRows);
        await using var db = _app.CreateDbContext();
        var found = await db.Database.SqlQueryRaw<int>("SELECT count(*) AS \"Value\" FROM \"ParagraphSearch\" WHERE \"ParagraphSearch\" MATCH 'prisoners'").SingleAsync();
        Assert.Equal(1, found);
    }

    /// <summary>Makes the store refuse, as a constraint would, any paragraph whose text says "refuse me".</summary>
    private void RefuseParagraphsSayingRefuseMe()
    {
        using var connection = new SqliteConnection(_app.ConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = """
            CREATE TRIGGER "TR_Test_Refuse" BEFORE INSERT ON "Paragraphs" WHEN new."Text" LIKE '%refuse me%'
            BEGIN SELECT RAISE(ABORT, 'refused by test'); END;
            """;
        command.ExecuteNonQuery();
    }
}
