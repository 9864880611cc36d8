using Microsoft.EntityFrameworkCore;
using PeaceTalksTracker.Tests.TestSupport;
using Xunit.Abstractions;

namespace PeaceTalksTracker.Tests.Analysis;

/// <summary>
/// Every seed paragraph against the hand-labelled expectations in seed-labels.txt: precision and recall of themes and
/// stakeholders over all paragraphs, plus the cases a reader would notice at once.
/// </summary>
public sealed class SeedTaggingTests(ITestOutputHelper output, SeedTaggingTests.SeedStore store) : IClassFixture<SeedTaggingTests.SeedStore>
{
    public sealed class SeedStore : IDisposable
    {
        public SeedStore()
        {
            App = new PeaceTalksApp();
            App.CreateClient().Dispose();
            using var db = App.CreateDbContext();
            Paragraphs = db.Paragraphs
                .Include(p => p.Mentions)
                .Include(p => p.Themes)
                .AsSplitQuery()
                .OrderBy(p => p.ArticleId).ThenBy(p => p.Index)
                .AsEnumerable()
                .Select(p => new TaggedParagraph(
                    p.Text,
                    p.Mentions.Select(m => m.StakeholderId).Distinct().ToList(),
                    p.Themes.Select(t => t.ThemeId + " (" + t.Evidence + ")").ToList(),
                    p.Themes.Select(t => t.ThemeId).ToList()))
                .ToList();
        }

        public PeaceTalksApp App { get; }

        public IReadOnlyList<TaggedParagraph> Paragraphs { get; }

        public void Dispose() => App.Dispose();
    }

    public sealed record TaggedParagraph(string Text, List<string> Stakeholders, List<string> ThemesWithEvidence, List<string> Themes);

    [Fact]
    public void Every_seed_paragraph_has_a_hand_label()
    {
        var labels = SeedLabel.Load();
        var unlabelled = store.Paragraphs.Where(p => Find(labels, p.Text) is null).Select(p => p.Text[..Math.Min(60, p.Text.Length)]).ToList();
        Assert.True(unlabelled.Count == 0, "No label in seed-labels.txt for: " + string.Join(" / ", unlabelled));
    }

    [Fact]
    public void Themes_of_the_seed_paragraphs_match_a_careful_reader()
    {
        var (precision, recall) = Score(p => p.Themes, l => l.Themes, l => l.MaybeThemes, p => string.Join("; ", p.ThemesWithEvidence));
        Assert.True(precision >= 0.85, $"theme precision {precision:P1} is below 85%");
        Assert.True(recall >= 0.85, $"theme recall {recall:P1} is below 85%");
    }

    [Fact]
    public void Stakeholders_of_the_seed_paragraphs_match_a_careful_reader()
    {
        var (precision, recall) = Score(p => p.Stakeholders, l => l.Stakeholders, l => l.MaybeStakeholders, p => string.Join(" ", p.Stakeholders));
        Assert.True(precision >= 0.98, $"stakeholder precision {precision:P1} is below 98%");
        Assert.True(recall >= 0.98, $"stakeholder recall {recall:P1} is below 98%");
    }

    private (double Precision, double Recall) Score(
        Func<TaggedParagraph, IReadOnlyList<string>> found,
        Func<SeedLabel, IReadOnlySet<string>> expected,
        Func<SeedLabel, IReadOnlySet<string>> maybe,
        Func<TaggedParagraph, string> describe)
    {
        var labels = SeedLabel.Load();
        var known = labels.SelectMany(l => expected(l).Concat(maybe(l))).ToHashSet();
        int truePositives = 0, falsePositives = 0, falseNegatives = 0, maybes = 0;
        foreach (var paragraph in store.Paragraphs)
        {
            var label = Find(labels, paragraph.Text);
            if (label is null)
            {
                continue;
            }

            // Labels speak only of the codes they use: a stakeholder added to the codebook after they were written
            // (Iran in "the Iran nuclear deal") is neither right nor wrong, while a labelled one it replaces still counts missed.
            var tags = found(paragraph).Where(known.Contains).ToHashSet();
            var wrong = tags.Where(t => !expected(label).Contains(t) && !maybe(label).Contains(t)).ToList();
            var missed = expected(label).Where(t => !tags.Contains(t)).ToList();
            truePositives += expected(label).Count(tags.Contains);
            maybes += maybe(label).Count(tags.Contains);
            falsePositives += wrong.Count;
            falseNegatives += missed.Count;
            if (wrong.Count > 0 || missed.Count > 0)
            {
                output.WriteLine($"{paragraph.Text[..Math.Min(50, paragraph.Text.Length)]}…");
                output.WriteLine($"    false: {string.Join(" ", wrong)}   missed: {string.Join(" ", missed)}   found: {describe(paragraph)}");
            }
        }

        var precision = truePositives / (double)Math.Max(1, truePositives + falsePositives);
        var recall = truePositives / (double)Math.Max(1, truePositives + falseNegatives);
        output.WriteLine($"precision {precision:P1} ({truePositives} right, {falsePositives} false), recall {recall:P1} ({falseNegatives} missed); {maybes} tags a reader may or may not give");
        return (precision, recall);
    }

    private static SeedLabel? Find(IReadOnlyList<SeedLabel> labels, string text)
    {
        var normalized = SeedLabel.Normalize(text);
        return labels.Where(l => normalized.StartsWith(l.Prefix, StringComparison.Ordinal)).MaxBy(l => l.Prefix.Length);
    }
}
