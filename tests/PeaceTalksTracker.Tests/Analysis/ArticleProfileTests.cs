using PeaceTalksTracker.Analysis;
using static PeaceTalksTracker.Tests.Analysis.TestCodebook;

namespace PeaceTalksTracker.Tests.Analysis;

/// <summary>What the title and section headings add to an article's profile: their themes and stakeholders count, as text that is no paragraph.</summary>
public sealed class ArticleProfileTests
{
    private static ParagraphInput Paragraph(int index, string text, string? heading = null) =>
        new(index, text, text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length, heading);

    [Fact]
    public void A_theme_in_the_title_adds_its_words_to_the_share_but_no_paragraph()
    {
        var paragraphs = new[] { Paragraph(0, "The weather in the capital was mild on Tuesday.") };
        var withTitle = ArticleAnalyzer.Tag(Tagger, paragraphs, "Prisoner exchanges resume");
        var profile = Assert.Single(withTitle.Themes, t => t.ThemeId == "humanitarian");
        Assert.Equal(0, profile.Paragraphs);
        Assert.True(profile.Share > 0);
        Assert.DoesNotContain(ArticleAnalyzer.Tag(Tagger, paragraphs).Themes, t => t.ThemeId == "humanitarian");
    }

    [Fact]
    public void A_stakeholder_named_only_in_the_title_is_in_the_profile_with_its_mention_and_no_paragraph()
    {
        var paragraphs = new[] { Paragraph(0, "Ministers met in Kyiv on Tuesday to discuss the winter.") };
        var tags = ArticleAnalyzer.Tag(Tagger, paragraphs, "NATO weighs its next step");
        var nato = Assert.Single(tags.Stakeholders, s => s.StakeholderId == "nato");
        Assert.Equal((1, 0), (nato.Mentions, nato.Paragraphs));
    }

    [Fact]
    public void A_section_heading_counts_once_for_the_paragraphs_under_it()
    {
        var paragraphs = new[]
        {
            Paragraph(0, "Officials spoke on Monday.", "Poland and the sanctions package"),
            Paragraph(1, "They spoke again on Tuesday.", "Poland and the sanctions package"),
        };
        var tags = ArticleAnalyzer.Tag(Tagger, paragraphs);
        var poland = Assert.Single(tags.Stakeholders, s => s.StakeholderId == "poland");
        Assert.Equal((1, 0), (poland.Mentions, poland.Paragraphs));
        Assert.Contains(tags.Themes, t => t.ThemeId == "economy-sanctions" && t.Paragraphs == 0);
        Assert.All(tags.Paragraphs, p => Assert.Empty(p.Mentions));
    }

    [Fact]
    public void A_stakeholder_in_the_body_and_the_title_adds_the_title_mention_to_its_count()
    {
        var paragraphs = new[] { Paragraph(0, "Hungary vetoed the loan again.") };
        var hungary = Assert.Single(ArticleAnalyzer.Tag(Tagger, paragraphs, "Hungary blocks the loan").Stakeholders, s => s.StakeholderId == "hungary");
        Assert.Equal((2, 1), (hungary.Mentions, hungary.Paragraphs));
    }
}
