using PeaceTalksTracker.Articles;
using static PeaceTalksTracker.Tests.Intake.Cleaning.CleaningFixtures;

namespace PeaceTalksTracker.Tests.Intake.Cleaning;

public sealed class StandfirstAndCaptionTests
{
    [Fact]
    public void The_description_is_the_standfirst_and_a_first_paragraph_repeating_it_leaves_the_body()
    {
        var article = ParseMarkdown(Page("title: Talks in Geneva\ndescription: \"Both sides came to Geneva with demands the other has already rejected.\"",
            "Both sides came to Geneva with demands the otherhas already rejected.\n" + Body()));

        Assert.Equal("Both sides came to Geneva with demands the other has already rejected.", article.Subtitle);
        Assert.Equal(Reporting[0], article.Paragraphs[0].Text);
    }

    [Fact]
    public void A_junk_standfirst_is_dropped_and_the_description_stands_in()
    {
        var article = ParseText($"Geneva Talks End Without a Deal\nTIPxMake a text selection to add comments\n{Body()}");
        var withDescription = ParseMarkdown(Page("description: The talks ended without a deal.", $"Geneva Talks End Without a Deal\nTIPxMake a text selection to add comments\n{Body()}"));

        Assert.Null(article.Subtitle);
        Assert.Contains(article.RemovedTexts, r => r.Kind == RemovedTextKind.Standfirst);
        Assert.Equal("The talks ended without a deal.", withDescription.Subtitle);
    }

    [Fact]
    public void A_section_crumb_is_taken_off_the_description()
    {
        var article = ParseMarkdown(Page("title: Talks\ndescription: \"The Kremlin is promising deals worth trillions to Washington | Finance & economics\"", Body()));

        Assert.Equal("The Kremlin is promising deals worth trillions to Washington", article.Subtitle);
    }

    [Theory]
    [InlineData("Ukrainian soldiers at a checkpoint near Kharkiv in January Sven Hoppe—Getty Images")]
    [InlineData("A mother and daughter walk through a cemetery in Lviv (Yuriy Dyachyshyn/AFP via Getty Images)")]
    [InlineData("Image: Soldiers prepare a drone on the Sumy front")]
    public void A_photo_caption_with_a_credit_is_a_caption_not_a_heading_or_contents_entry(string caption)
    {
        var article = ParseMarkdown(Page("title: Talks in Geneva", string.Join("\n", Reporting[..2].Append(caption).Concat(Reporting[2..]))));

        Assert.All(article.Paragraphs, p => Assert.Null(p.Heading));
        Assert.DoesNotContain(caption, article.BodyMarkdown, StringComparison.Ordinal);
        Assert.Equal(caption, article.Caption);
        Assert.Contains(article.RemovedTexts, r => r.Kind == RemovedTextKind.Caption);
    }
}
