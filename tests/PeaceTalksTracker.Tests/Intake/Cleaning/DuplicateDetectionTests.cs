using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PeaceTalksTracker.Articles;
using PeaceTalksTracker.Intake.Cleaning;
using PeaceTalksTracker.Intake.Storage;
using PeaceTalksTracker.Tests.TestSupport;
using static PeaceTalksTracker.Tests.Intake.Cleaning.CleaningFixtures;

namespace PeaceTalksTracker.Tests.Intake.Cleaning;

public sealed class DuplicateDetectionTests : IDisposable
{
    private static readonly string[] MoreReporting =
    [
        "Swiss officials said the venue would stay the same for the next round, and that both delegations had asked for more time between sessions.",
        "Aid groups working in the east said they had not seen any change on the ground since the talks began, with shelling reported overnight.",
        "Analysts in Brussels said the talks were the most serious attempt at a settlement since the war began, but warned against expecting quick results.",
        "A senior Ukrainian official, speaking on condition of anonymity, said Kyiv would not sign anything that left its cities within artillery range.",
    ];

    private readonly TempFolder _files = new();
    private readonly PeaceTalksApp _app = new(settings: new Dictionary<string, string?> { ["Import:ImportSeedsOnStart"] = "false" });

    public void Dispose()
    {
        _app.Dispose();
        _files.Dispose();
    }

    private ArticleImporter Importer => _app.Services.GetRequiredService<ArticleImporter>();

    private static string Story => string.Join("\n", Reporting.Concat(MoreReporting));

    [Fact]
    public async Task The_same_text_from_two_addresses_is_one_article_that_remembers_both_sources()
    {
        var first = _files.File("a/talks.md", Page("title: Talks in Geneva | Reuters\nurl: https://www.reuters.com/world/talks", Story + "\nPrevious Article How the grain deal fell apart"));
        var second = _files.File("b/talks-copy.md", Page("title: Talks in Geneva\nurl: https://uk.reuters.com/world/talks", Story.Replace(". ", ".  ", StringComparison.Ordinal) + "\nWe use cookies to improve your experience."));

        var one = await Importer.ImportFileAsync(first);
        var two = await Importer.ImportFileAsync(second);
        var again = await Importer.ImportFileAsync(second);

        Assert.Equal(ImportOutcome.SameText, two.Outcome);
        Assert.Equal(one.Slug, two.Slug);
        Assert.Contains("same text as talks.md", two.ToString(), StringComparison.Ordinal);
        Assert.Equal(ImportOutcome.Unchanged, again.Outcome);
        await using var db = _app.CreateDbContext();
        Assert.Equal(1, await db.Articles.CountAsync());
        var source = await db.ArticleSources.SingleAsync();
        Assert.Equal(("talks-copy.md", "https://uk.reuters.com/world/talks"), (source.SourceFile, source.SourceUrl));
    }

    [Fact]
    public async Task A_republished_story_with_a_new_top_is_linked_to_its_original_and_counted_once()
    {
        var original = _files.File("wire.md", Page("title: Talks in Geneva", Story));
        var republished = _files.File("site.md", Page("title: Geneva talks: what we know", "Updated with the latest from Geneva.\n" + Story));
        var other = _files.File("other.md", Page("title: Aid in the east", string.Join("\n", MoreReporting.Reverse().Concat(Reporting[..2]))));

        var first = await Importer.ImportFileAsync(original);
        var copy = await Importer.ImportFileAsync(republished);
        await Importer.ImportFileAsync(other);

        Assert.Equal(ImportOutcome.Imported, copy.Outcome);
        Assert.Contains($"near-duplicate of /articles/{first.Slug}", copy.Note, StringComparison.Ordinal);
        await using var db = _app.CreateDbContext();
        var originalId = await db.Articles.Where(a => a.Slug == first.Slug).Select(a => a.Id).SingleAsync();
        Assert.Equal(originalId, await db.Articles.Where(a => a.Slug == copy.Slug).Select(a => a.DuplicateOfId).SingleAsync());
        Assert.Equal(2, await db.Articles.Counted().CountAsync());
    }

    [Fact]
    public void Signatures_estimate_the_share_of_shingles_two_texts_have_in_common()
    {
        var story = TextFingerprint.Of(Reporting.Concat(MoreReporting));
        var withNewTop = TextFingerprint.Of(Reporting.Concat(MoreReporting).Prepend("Updated with the latest from Geneva."));
        var different = TextFingerprint.Of(MoreReporting.Reverse().Concat(Reporting[..2]));

        Assert.True(story.Similarity(story.SignatureBytes()) == 1.0);
        Assert.True(withNewTop.Similarity(story.SignatureBytes()) >= DuplicateFinder.NearDuplicateShare);
        Assert.True(different.Similarity(story.SignatureBytes()) < 0.7);
        Assert.Equal(TextFingerprint.Of(["Same  words,", "same WORDS"]).TextHash, TextFingerprint.Of(["same words same words"]).TextHash);
    }
}
