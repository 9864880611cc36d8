using Microsoft.EntityFrameworkCore;
using PeaceTalksTracker.Analysis;
using PeaceTalksTracker.Tests.TestSupport;

namespace PeaceTalksTracker.Tests.Analysis;

/// <summary>Editing the codebook re-tags the store without re-importing; a broken codebook keeps the last good tags.</summary>
public sealed class RetagTests : IDisposable
{
    private readonly TempFolder _folder = new();

    private string DatabasePath => Path.Combine(_folder.Path, "store.db");

    public void Dispose() => _folder.Dispose();

    /// <summary>The repository codebook plus a stakeholder seed 004 names ("Moldova’s Transnistria").</summary>
    private string CodebookWithMoldova() => _folder.File("moldova.json", File.ReadAllText(TestCodebook.Path).Replace(
        "  \"stakeholders\": [",
        "  \"stakeholders\": [\n    { \"id\": \"moldova\", \"name\": \"Moldova\", \"color\": \"#555555\", \"colorOnDark\": \"#aaaaaa\", \"aliases\": [ \"Moldova\", \"Transnistria\" ] },",
        StringComparison.Ordinal));

    private PeaceTalksApp StartApp(string codebookPath)
    {
        var app = new PeaceTalksApp(settings: new Dictionary<string, string?>
        {
            ["ConnectionStrings:PeaceTalks"] = $"Data Source={DatabasePath}",
            ["Analysis:CodebookPath"] = codebookPath,
        });
        app.CreateClient().Dispose();
        return app;
    }

    private static int MentionsOf(PeaceTalksApp app, string stakeholder)
    {
        using var db = app.CreateDbContext();
        return db.Mentions.Count(m => m.StakeholderId == stakeholder);
    }

    [Fact]
    public void A_changed_codebook_retags_the_store_at_start_without_re_importing()
    {
        DateTimeOffset[] updatedBefore;
        using (var app = StartApp(TestCodebook.Path))
        {
            Assert.Equal(0, MentionsOf(app, "moldova"));
            using var db = app.CreateDbContext();
            updatedBefore = [.. db.Articles.OrderBy(a => a.Id).Select(a => a.UpdatedAt)];
        }

        var edited = CodebookWithMoldova();
        using (var app = StartApp(edited))
        {
            Assert.Equal(2, MentionsOf(app, "moldova"));
            using var db = app.CreateDbContext();
            var hash = CodebookLoader.LoadFile(edited).Hash;
            Assert.All(db.Articles.Select(a => a.CodebookHash).ToList(), h => Assert.Equal(hash, h));
            Assert.Equal(updatedBefore, db.Articles.OrderBy(a => a.Id).Select(a => a.UpdatedAt).ToArray());
            Assert.Equal(hash, db.StoreSettings.Single(s => s.Key == CodebookStartup.CodebookHashKey).Value);
            Assert.Contains(db.ArticleStakeholders.ToList(), s => s.StakeholderId == "moldova" && s.Mentions == 2 && s.Paragraphs == 1);
        }
    }

    [Fact]
    public async Task A_codebook_that_does_not_parse_keeps_the_last_good_tags_and_the_app_still_serves()
    {
        var good = CodebookWithMoldova();
        using (StartApp(good))
        {
        }

        var broken = _folder.File("broken.json", File.ReadAllText(good).Replace("\"name\": \"Moldova\",", "\"name\": \"Moldova\", \"nmae\": 1,", StringComparison.Ordinal));
        using var app = StartApp(broken);
        using var client = app.CreateClient();
        var codebook = await client.GetStringAsync("/api/codebook");

        Assert.Equal(2, MentionsOf(app, "moldova"));
        Assert.Contains(CodebookLoader.LoadFile(good).Hash, codebook, StringComparison.Ordinal);
        Assert.Equal(1, await CodebookStartup.RetagCommandAsync(app.Services));
        Assert.Equal(2, MentionsOf(app, "moldova"));
    }

    [Fact]
    public async Task The_retag_command_retags_every_article_from_its_stored_paragraphs()
    {
        using var app = StartApp(TestCodebook.Path);
        int before;
        using (var db = app.CreateDbContext())
        {
            before = await db.Mentions.CountAsync();
            await db.Mentions.ExecuteDeleteAsync();
            await db.Quotes.ExecuteDeleteAsync();
        }

        Assert.Equal(0, await CodebookStartup.RetagCommandAsync(app.Services));

        using var after = app.CreateDbContext();
        Assert.Equal(before, await after.Mentions.CountAsync());
        Assert.Contains(await after.Quotes.Select(q => q.Speaker).ToListAsync(), s => s == "Vladimir Medinsky");
    }
}
