using PeaceTalksTracker.Articles;
using PeaceTalksTracker.Intake;
using PeaceTalksTracker.Intake.Cleaning;
using PeaceTalksTracker.Intake.Extraction;
using PeaceTalksTracker.Intake.Extraction.Markdown;
using PeaceTalksTracker.Intake.Extraction.Text;
using PeaceTalksTracker.Tests.TestSupport;
using static PeaceTalksTracker.Tests.Intake.Cleaning.CleaningFixtures;

namespace PeaceTalksTracker.Tests.Intake.Cleaning;

public sealed class CleaningRulesTests
{
    private const string Outlets = """{ "outlets": [ { "name": "Kyiv Post", "domains": ["kyivpost.com"], "aliases": ["KyivPost"] } ] }""";

    [Fact]
    public void The_repository_files_load_and_name_every_outlet_the_talks_are_covered_by()
    {
        var rules = CleaningRules.LoadFiles(Path.Combine(RepoPaths.Root, "src/PeaceTalksTracker/Intake/Cleaning/cleaning-rules.json"), Path.Combine(RepoPaths.Root, "src/PeaceTalksTracker/Intake/Cleaning/outlets.json"));

        foreach (var (spelling, name) in new[] { ("AP News", "AP"), ("nyt", "The New York Times"), ("WaPo", "The Washington Post"), ("Meduza", "Meduza"), ("RIA", "RIA Novosti"), ("Kyiv Independent", "The Kyiv Independent") })
        {
            Assert.Equal(name, rules.Outlets.ByName(spelling));
        }

        Assert.Equal("Reuters", rules.Outlets.ByHost("uk.reuters.com"));
    }

    [Theory]
    [InlineData("""{ "junk": [ { "kind": "Notice", "what": "broken", "pattern": "([", "maxWords": 5 } ] }""", "junk[0] (broken)")]
    [InlineData("""{ "junk": [ { "kind": "Gossip", "what": "odd kind", "pattern": "x", "maxWords": 5 } ] }""", "unknown kind 'Gossip'")]
    [InlineData("""{ "junk": [ { "kind": "Notice", "what": "no limit", "pattern": "x", "maxWords": 0 } ] }""", "maxWords")]
    [InlineData("""{ "junk": [], "typo": 1 }""", "not valid rules JSON")]
    public void A_bad_rules_file_fails_to_load_naming_what_is_wrong(string json, string expected)
    {
        var error = Assert.Throws<CleaningRulesException>(() => CleaningRules.Parse(json, "rules.json", Outlets, "outlets.json"));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.StartsWith("rules.json", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_alias_given_to_two_outlets_fails_to_load()
    {
        const string outlets = """{ "outlets": [ { "name": "A Post", "aliases": ["The Post"] }, { "name": "B Post", "aliases": ["the post"] } ] }""";

        var error = Assert.Throws<CleaningRulesException>(() => CleaningRules.Parse("{}", "rules.json", outlets, "outlets.json"));

        Assert.Contains("already names A Post", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_junk_phrase_added_to_a_rules_file_is_removed_on_the_next_parse()
    {
        const string rules = """{ "junk": [ { "kind": "Promotion", "what": "our podcast", "pattern": "^listen\\s+to\\s+our\\s+podcast\\b", "maxWords": 12 } ] }""";
        var cleaner = new ArticleCleaner(ArticleCleaner.DefaultRules(CleaningRules.Parse(rules, "rules.json", Outlets, "outlets.json")));
        var parser = new ArticleParser(new ArticleExtraction([new TextExtractor(), new MarkdownExtractor()]), cleaner);

        var article = parser.Parse(new SourceDocument("a.md", Page("title: Talks resume | KyivPost", Body("Listen to our podcast on the war")), DocumentFormat.Markdown));

        Assert.Contains(article.RemovedTexts, r => r.Kind == RemovedTextKind.Promotion && r.Text.StartsWith("Listen", StringComparison.Ordinal));
        Assert.Equal(("Talks resume", "Kyiv Post"), (article.Title, article.Outlet));
    }
}
