using PeaceTalksTracker.Articles;
using PeaceTalksTracker.Intake;
using PeaceTalksTracker.Intake.Extraction;
using PeaceTalksTracker.Tests.TestSupport;

namespace PeaceTalksTracker.Tests.Intake;

public sealed class ArticleParserTests
{
    private static ParsedArticle Seed(string prefix) => new ArticleParser().Parse(File.ReadAllText(RepoPaths.Seed(prefix)));

    private static ParsedArticle Parse(string text) => new ArticleParser().Parse(text);

    private static List<string> Headings(ParsedArticle article) =>
        article.BodyMarkdown.Split('\n').Where(l => l.StartsWith("## ", StringComparison.Ordinal)).Select(l => l[3..]).ToList();

    private static string AllParagraphText(ParsedArticle article) => string.Join("\n", article.Paragraphs.Select(p => p.Text));

    [Fact]
    public void Seed_000_has_its_headline_and_standfirst_and_sections()
    {
        var article = Seed("000");

        Assert.Equal("High Stakes but Low Expectations for Ukraine Talks with Russia and the United States", article.Title);
        Assert.False(article.TitleIsDerived);
        Assert.Equal("A Diplomatic Effort Shadowed by War Fatigue and Mistrust", article.Subtitle);
        Assert.DoesNotContain(article.Subtitle!, article.BodyMarkdown, StringComparison.Ordinal);
        Assert.Null(article.Outlet);
        Assert.Null(article.Author);
        Assert.Null(article.PublishedOn);
        Assert.Null(article.Caption);
        Assert.Equal(
            ["Why the Stakes Are So High", "Why Expectations Remain So Low", "The Role of the United States: Power Broker or Interested Party?",
             "Domestic Pressures on All Sides", "Global Implications and the Cost of Failure", "A Process, Not a Breakthrough",
             "Conclusion: Hope Tempered by Reality"],
            Headings(article));
        Assert.Equal(20, article.Paragraphs.Count);
        Assert.All(article.Paragraphs, p => Assert.Equal(ParagraphKind.Paragraph, p.Kind));
        Assert.Null(article.Paragraphs[0].Heading);
        Assert.StartsWith("As the war in Ukraine drags into another grueling phase", article.Paragraphs[0].Text, StringComparison.Ordinal);
        Assert.Equal("Why the Stakes Are So High", article.Paragraphs[2].Heading);
        Assert.StartsWith("For now, the talks are less about resolution", article.Paragraphs[^1].Text, StringComparison.Ordinal);
        Assert.Equal("Conclusion: Hope Tempered by Reality", article.Paragraphs[^1].Heading);
    }

    [Fact]
    public void Seed_000_comment_section_is_taken_out_of_the_body_and_kept_aside()
    {
        var article = Seed("000");

        Assert.Equal(
            [(RemovedTextKind.CommentPrompt, "Comments"), (RemovedTextKind.CommentPrompt, "There are no comments for this story"),
             (RemovedTextKind.CommentPrompt, "Be the first to respond and start the conversation.")],
            article.RemovedTexts.Select(r => (r.Kind, r.Text)));
        Assert.DoesNotContain("comments", article.BodyMarkdown, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Be the first", AllParagraphText(article), StringComparison.Ordinal);
        Assert.DoesNotContain(article.Paragraphs, p => p.Text == "Comments" || p.Heading == "Comments");
    }

    [Fact]
    public void Seed_001_repeated_headline_is_one_title()
    {
        var article = Seed("001");

        Assert.Equal("US Signals Low Expectations for Ukraine Peace Talks Amid Ongoing Conflict", article.Title);
        Assert.Null(article.Subtitle);
        Assert.DoesNotContain(article.Title, article.BodyMarkdown, StringComparison.Ordinal);
        Assert.StartsWith("The war in Ukraine has now stretched beyond two years", article.Paragraphs[0].Text, StringComparison.Ordinal);
        Assert.Null(article.Paragraphs[0].Heading);
    }

    [Fact]
    public void Seed_001_orphaned_link_text_and_comment_prompts_are_kept_aside()
    {
        var article = Seed("001");

        Assert.Equal(
            [(RemovedTextKind.OrphanedLink, "More on US-Ukraine relations."),
             (RemovedTextKind.OrphanedLink, "Read more on Russia’s position."),
             (RemovedTextKind.CommentPrompt, "What do you think about this? Share your opinion in the comments!"),
             (RemovedTextKind.CommentPrompt, "Don’t forget to follow the blog for more updates and join the discussion below!")],
            article.RemovedTexts.Select(r => (r.Kind, r.Text)));
        var body = AllParagraphText(article);
        Assert.DoesNotContain("More on", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Read more", body, StringComparison.Ordinal);
        Assert.DoesNotContain("comments", body, StringComparison.Ordinal);
        Assert.DoesNotContain("follow the blog", article.BodyMarkdown, StringComparison.Ordinal);

        // The sentence before the link text stays, ending where the author ended it.
        Assert.Contains(article.Paragraphs, p => p.Text.EndsWith("cautious engagement in peace efforts.", StringComparison.Ordinal));
        Assert.Contains(article.Paragraphs, p => p.Text.EndsWith("rather than seek compromise.", StringComparison.Ordinal));
        Assert.EndsWith("persistent diplomacy.", article.Paragraphs[^1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Seed_001_nested_section_headings_and_short_conclusion_heading_are_headings()
    {
        var article = Seed("001");
        var headings = Headings(article);

        Assert.Equal(22, headings.Count);
        Assert.Equal("US Position on Ukraine Peace Talks: Context and Overview", headings[0]);
        Assert.Contains("Russia’s Hardened Position", headings);
        Assert.Equal("Conclusion", headings[^1]);
        Assert.Equal("Conclusion", article.Paragraphs[^1].Heading);
        Assert.Equal(21, article.Paragraphs.Count);
        Assert.Equal("US Involvement in Ukraine's Defense Efforts", article.Paragraphs[2].Heading);
    }

    [Fact]
    public void Seed_002_outlet_suffix_is_split_from_the_title()
    {
        var article = Seed("002");

        Assert.Equal("Russia-Ukraine Negotiations Stall Without Peace Agreement", article.Title);
        Assert.Equal("Politico", article.Outlet);
        Assert.Null(article.Subtitle);
    }

    [Fact]
    public void Seed_002_table_and_bullet_list_are_blocks_in_reading_order()
    {
        var article = Seed("002");

        Assert.Equal(
            [ParagraphKind.Paragraph, ParagraphKind.Paragraph, ParagraphKind.Paragraph, ParagraphKind.Table, ParagraphKind.Paragraph,
             ParagraphKind.Paragraph, ParagraphKind.ListItem, ParagraphKind.ListItem, ParagraphKind.ListItem, ParagraphKind.Paragraph],
            article.Paragraphs.Select(p => p.Kind));

        var table = article.Paragraphs[3];
        Assert.Equal("Understanding the Strategic Implications", table.Heading);
        var rows = table.Text.Split('\n');
        Assert.Equal(5, rows.Length);
        Assert.Equal("| Stakeholder | Before Negotiations | After Negotiations |", rows[0]);
        Assert.StartsWith("| U.S. (Trump’s Administration) |", rows[4], StringComparison.Ordinal);
        Assert.Contains(table.Text, article.BodyMarkdown, StringComparison.Ordinal);

        var items = article.Paragraphs.Where(p => p.Kind == ParagraphKind.ListItem).ToList();
        Assert.All(items, i => Assert.Equal("Projected Outcomes", i.Heading));
        Assert.StartsWith("Expect an upcoming meeting", items[0].Text, StringComparison.Ordinal);
        Assert.StartsWith("Continued international involvement", items[2].Text, StringComparison.Ordinal);

        // A line ending in a colon introduces the list: it is a paragraph, not a heading.
        Assert.EndsWith("recent discussions:", article.Paragraphs[5].Text, StringComparison.Ordinal);
        Assert.Equal(["Expectations and Divergences in Negotiations", "Understanding the Strategic Implications", "Localized Ripple Effects", "Projected Outcomes"], Headings(article));
    }

    [Fact]
    public void Seed_003_byline_dateline_and_date_lines_are_metadata_not_a_list()
    {
        var article = Seed("003");

        Assert.Equal("Washington and Moscow Talk, but Peace in Ukraine Still Feels Far Away", article.Title);
        Assert.Equal("Ingrid Jones", article.Author);
        Assert.Equal("U.S.A", article.Dateline);
        Assert.Equal(new DateOnly(2025, 12, 3), article.PublishedOn);
        Assert.Null(article.Subtitle);
        Assert.Equal(6, article.Paragraphs.Count);
        Assert.All(article.Paragraphs, p => Assert.Equal(ParagraphKind.Paragraph, p.Kind));
        Assert.DoesNotContain("Ingrid", article.BodyMarkdown, StringComparison.Ordinal);
        Assert.DoesNotContain("December 3", article.BodyMarkdown, StringComparison.Ordinal);
        Assert.Empty(Headings(article));
        Assert.Empty(article.RemovedTexts);
    }

    [Theory]
    [InlineData("- Rio de Janeiro", "Rio de Janeiro")]
    [InlineData("- Kharkiv region, Ukraine", "Kharkiv region, Ukraine")]
    [InlineData("- القاهرة", "القاهرة")]
    [InlineData("- Halfyear ended december 31", null)]
    [InlineData("- 1885.00", null)]
    public void A_dash_line_under_the_headline_is_a_dateline_only_when_it_names_a_place(string line, string? dateline)
    {
        var article = Parse($"Talks Resume in Geneva After a Week of Strikes\n- Ingrid Jones\n{line}\nDelegations from both countries met again on Tuesday, officials said, after a week of strikes on cities.\n");

        Assert.Equal(dateline, article.Dateline);
    }

    [Fact]
    public void Seed_004_without_a_headline_gets_a_readable_title_from_its_lede()
    {
        var article = Seed("004");
        var lede = article.Paragraphs[0].Text;

        Assert.True(article.TitleIsDerived);
        Assert.StartsWith("As the war in Ukraine drags into its third year", lede, StringComparison.Ordinal);
        Assert.Equal("As the war in Ukraine drags into its third year, a diplomatic resolution remains elusive…", article.Title);
        Assert.InRange(article.Title.Length, 20, 100);

        // Cut at a word boundary: what precedes the ellipsis is a whole-word prefix of the lede.
        var stem = article.Title.TrimEnd('…');
        Assert.StartsWith(stem, lede, StringComparison.Ordinal);
        Assert.Equal(' ', lede[stem.Length]);
    }

    [Fact]
    public void Seed_004_photo_caption_and_credit_are_kept_apart_from_the_body()
    {
        var article = Seed("004");

        Assert.StartsWith("Head of the Ukrainian delegation and Ukraine’s Defence Minister Rustem Umerov (L) speaks", article.Caption, StringComparison.Ordinal);
        Assert.EndsWith("at the Ciragan Palace, in Istanbul, on June 2, 2025.", article.Caption, StringComparison.Ordinal);
        Assert.Equal("Adem Altan/AFP", article.CaptionCredit);
        Assert.Equal(new DateOnly(2025, 6, 12), article.PublishedOn);
        Assert.DoesNotContain("Umerov", article.BodyMarkdown, StringComparison.Ordinal);
        Assert.DoesNotContain("Published", article.BodyMarkdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Seed_004_emoji_numbered_lines_are_headings_and_the_colon_line_is_a_paragraph()
    {
        var article = Seed("004");

        Assert.Equal(
            ["Talks Without Traction", "Strategic Incentives and Battlefield Calculus", "The Role of Identity and Historical Memory",
             "Diplomatic Channels and Their Limits", "🧨 1. Prolonged Conflict and Rising Human Cost", "🌍 2. Global Geopolitical Tensions Will Intensify",
             "💸 3. Economic Strain on Ukraine and Its Allies", "🛡️ 4. Undermining of International Norms",
             "🗳️ 5. Domestic Political Risk for Both Kyiv and Moscow", "🧊 6. Potential for a Frozen Conflict", "🧾 Overall Takeaway"],
            Headings(article));
        var intro = Assert.Single(article.Paragraphs, p => p.Text.StartsWith("Here are the implications", StringComparison.Ordinal));
        Assert.Equal("Diplomatic Channels and Their Limits", intro.Heading);
        Assert.Equal(18, article.Paragraphs.Count);
        Assert.Equal("🧾 Overall Takeaway", article.Paragraphs[^1].Heading);
    }

    [Fact]
    public void Seed_004_sources_block_lists_outlets_as_readers_know_them_with_the_cited_titles()
    {
        var article = Seed("004");

        Assert.Equal(
            [("Al Jazeera", "Why Ukraine peace talks are failing"), ("Reuters", "Russia sets out punitive terms at peace talks with Ukraine"),
             ("AP News", "Putin’s tough stance on a Ukraine peace plan shows his resolve on Russia’s demands"),
             ("Foreign Affairs", "Why Peace Talks Fail in Ukraine"), ("RAND", "Why Peace Talks Fail in Ukraine")],
            article.CitedSources.Select(s => (s.Name, s.Title)));
        Assert.DoesNotContain("SOURCES", article.BodyMarkdown, StringComparison.Ordinal);
        Assert.DoesNotContain("punitive terms", article.BodyMarkdown, StringComparison.Ordinal);
        Assert.Equal([(RemovedTextKind.CommentPrompt, "Be the first to comment")], article.RemovedTexts.Select(r => (r.Kind, r.Text)));
        Assert.DoesNotContain("Be the first", article.BodyMarkdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Windows_line_endings_and_tabs_read_the_same_as_unix_text()
    {
        var unix = File.ReadAllText(RepoPaths.Seed("003")).Replace("\r\n", "\n", StringComparison.Ordinal);
        var windows = "\uFEFF" + unix.Replace("\n", "\r\n", StringComparison.Ordinal).Replace(" ", "\t", StringComparison.Ordinal);

        var expected = Parse(unix);
        var actual = Parse(windows);

        Assert.Equal(expected.Title, actual.Title);
        Assert.Equal(expected.Author, actual.Author);
        Assert.Equal(expected.PublishedOn, actual.PublishedOn);
        Assert.Equal(expected.BodyMarkdown, actual.BodyMarkdown);
        Assert.Equal(expected.Paragraphs, actual.Paragraphs);
    }

    [Fact]
    public void Front_matter_overrides_what_is_guessed_from_the_text()
    {
        var text = """
            ---
            title: "Talks: What Comes Next"
            outlet: Reuters
            author: 'Jane O''Brien'
            date: 2025-12-04
            url: https://example.com/talks
            description: A short summary. # a comment
            ---
            Guessed Headline – POLITICO
            By Someone Else
            December 1, 2025

            The talks resumed on Monday.
            """;

        var article = Parse(text);

        Assert.Equal("Talks: What Comes Next", article.Title);
        Assert.False(article.TitleIsDerived);
        Assert.Equal("Reuters", article.Outlet);
        Assert.Equal("Jane O'Brien", article.Author);
        Assert.Equal(new DateOnly(2025, 12, 4), article.PublishedOn);
        Assert.Equal("https://example.com/talks", article.SourceUrl);
        Assert.Equal("A short summary.", article.Description);
        Assert.Equal("The talks resumed on Monday.", Assert.Single(article.Paragraphs).Text);
        Assert.DoesNotContain("title:", article.BodyMarkdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Front_matter_title_replaces_a_derived_title_and_a_plain_source_names_the_outlet()
    {
        var text = "---\ntitle: Why Peace Talks Keep Failing\nsource: Al Jazeera\n---\n" + File.ReadAllText(RepoPaths.Seed("004"));

        var article = Parse(text);

        Assert.Equal("Why Peace Talks Keep Failing", article.Title);
        Assert.False(article.TitleIsDerived);
        Assert.Equal("Al Jazeera", article.Outlet);
        Assert.Null(article.SourceUrl);
        Assert.Equal("Adem Altan/AFP", article.CaptionCredit);
    }

    [Fact]
    public void Front_matter_that_is_never_closed_is_read_as_text()
    {
        var article = Parse("---\ntitle: Broken\n\nThe body starts here and goes on.");

        Assert.NotEqual("Broken", article.Title);
        Assert.Contains(article.Paragraphs, p => p.Text == "The body starts here and goes on.");
    }

    [Fact]
    public void A_byline_and_date_on_one_line_are_both_read()
    {
        var article = Parse("Talks Resume in Geneva\nBy Ingrid Jones | 3 December 2025\n\nThe talks resumed.");

        Assert.Equal("Ingrid Jones", article.Author);
        Assert.Equal(new DateOnly(2025, 12, 3), article.PublishedOn);
        Assert.Equal("The talks resumed.", Assert.Single(article.Paragraphs).Text);
    }

    [Theory]
    [InlineData("Conclusion", true)]
    [InlineData("Why the Stakes Are So High", true)]
    [InlineData("The Role of the United States: Power Broker or Interested Party?", true)]
    [InlineData("🧨 1. Prolonged Conflict and Rising Human Cost", true)]
    [InlineData("Why 2025 Matters", true)]
    [InlineData("Revs 7.9 mln vs 9.4 mln", false)]
    [InlineData("Here are the implications of the failure of peace talks, drawn from current analysis:", false)]
    [InlineData("The talks ended without agreement.", false)]
    [InlineData("What comes next for the people who fled the fighting after the talks ended?", false)]
    [InlineData("Officials said the next round would begin after the holidays, once both delegations had consulted their capitals and allies", false)]
    public void A_short_line_without_closing_punctuation_is_a_heading(string line, bool isHeading)
    {
        var article = Parse($"Peace Talks Headline Here\n\nThe opening paragraph of the story.\n{line}\nThe paragraph after the line.");

        Assert.Equal(isHeading, Headings(article).Contains(line));
        Assert.Equal(isHeading ? 2 : 3, article.Paragraphs.Count);
        if (isHeading)
        {
            Assert.Equal(line, article.Paragraphs[^1].Heading);
        }
    }

    [Theory]
    [InlineData("December 3, 2025", 2025, 12, 3)]
    [InlineData("Dec. 3, 2025", 2025, 12, 3)]
    [InlineData("Dec 3 2025", 2025, 12, 3)]
    [InlineData("Sept. 30, 2025", 2025, 9, 30)]
    [InlineData("3 December 2025", 2025, 12, 3)]
    [InlineData("3rd of December, 2025", 2025, 12, 3)]
    [InlineData("Wednesday, December 3, 2025", 2025, 12, 3)]
    [InlineData("December 3, 2025 10:30 ET", 2025, 12, 3)]
    [InlineData("2025-12-03", 2025, 12, 3)]
    [InlineData("2025-12-03T10:15:00Z", 2025, 12, 3)]
    [InlineData("2025/12/03", 2025, 12, 3)]
    [InlineData("25/12/2025", 2025, 12, 25)]
    [InlineData("12/25/2025", 2025, 12, 25)]
    public void Common_date_formats_are_read(string text, int year, int month, int day)
    {
        Assert.Equal(new DateOnly(year, month, day), DateParser.Parse(text));
    }

    [Theory]
    [InlineData("12/03/2025")] // 12 March or December 3: ambiguous, so not guessed
    [InlineData("February 30, 2025")]
    [InlineData("December 3, 2025 was the day the talks failed")]
    [InlineData("Smarch 3, 2025")]
    [InlineData("")]
    public void Ambiguous_impossible_or_embedded_dates_are_not_guessed(string text)
    {
        Assert.Null(DateParser.Parse(text));
    }

    [Theory]
    [InlineData("Comments", RemovedTextKind.CommentPrompt)]
    [InlineData("There are no comments for this article", RemovedTextKind.CommentPrompt)]
    [InlineData("Be the first to comment", RemovedTextKind.CommentPrompt)]
    [InlineData("Leave a comment below.", RemovedTextKind.CommentPrompt)]
    [InlineData("Let us know your thoughts in the comments.", RemovedTextKind.CommentPrompt)]
    [InlineData("Subscribe to our newsletter for daily updates!", RemovedTextKind.CommentPrompt)]
    [InlineData("More on the Kremlin’s demands.", RemovedTextKind.OrphanedLink)]
    [InlineData("Read more about the Istanbul talks.", RemovedTextKind.OrphanedLink)]
    [InlineData("Related: Zelensky meets Trump", RemovedTextKind.OrphanedLink)]
    public void Boilerplate_paragraphs_are_removed_and_kept_aside(string line, RemovedTextKind kind)
    {
        var article = Parse($"Peace Talks Headline Here\n\nThe opening paragraph of the story.\n{line}");

        Assert.Equal("The opening paragraph of the story.", Assert.Single(article.Paragraphs).Text);
        Assert.Equal((kind, line), Assert.Single(article.RemovedTexts, r => true) is var r ? (r.Kind, r.Text) : default);
    }

    [Fact]
    public void Boilerplate_words_inside_reporting_are_left_alone()
    {
        var text = "Peace Talks Headline Here\n\n"
            + "Read more on Russia’s position in the annex. The delegations met again.\n"
            + "More than 200 comments were submitted to the commission, officials said.\n"
            + "Officials refused to comment on the leaked draft.";

        var article = Parse(text);

        Assert.Equal(3, article.Paragraphs.Count);
        Assert.Empty(article.RemovedTexts);
    }

    [Fact]
    public void Numbered_lines_that_follow_one_another_are_a_list_and_a_lone_one_is_prose()
    {
        var article = Parse("Peace Talks Headline Here\n\nThe plan has steps:\n1. A ceasefire.\n2. An exchange of prisoners.\n\n2025. The year the talks began in earnest.");

        Assert.Equal([ParagraphKind.Paragraph, ParagraphKind.ListItem, ParagraphKind.ListItem, ParagraphKind.Paragraph], article.Paragraphs.Select(p => p.Kind));
        Assert.Equal("A ceasefire.", article.Paragraphs[1].Text);
        Assert.Equal("2025. The year the talks began in earnest.", article.Paragraphs[3].Text);
        Assert.Contains("1. A ceasefire.\n2. An exchange of prisoners.", article.BodyMarkdown, StringComparison.Ordinal);
        Assert.Contains("2025\\. The year", article.BodyMarkdown, StringComparison.Ordinal);
    }

    [Fact]
    public void A_hard_wrapped_paragraph_is_joined_into_one()
    {
        var article = Parse("Peace Talks Headline Here\n\nThe talks resumed in Geneva on Monday, with both\ndelegations saying little to reporters.\n\nA second paragraph.");

        Assert.Equal(
            ["The talks resumed in Geneva on Monday, with both delegations saying little to reporters.", "A second paragraph."],
            article.Paragraphs.Select(p => p.Text));
    }

    [Fact]
    public void Wire_copy_wrapped_at_a_fixed_width_is_unwrapped_into_its_indented_paragraphs()
    {
        var text = """
            GENEVA TALKS END WITHOUT A DATE FOR THE NEXT ROUND

            Delegations from Ukraine and Russia
            ended two days of talks in Geneva on Tuesday without setting
            a date for another meeting, officials from both sides said.
                The Ukrainian side said it had presented a revised draft
            on prisoner exchanges and the protection of nuclear plants.
                A Russian spokesman said the talks had been useful.
             REUTER
            """;

        var article = Parse(text);

        Assert.Equal("GENEVA TALKS END WITHOUT A DATE FOR THE NEXT ROUND", article.Title);
        Assert.Equal(
            ["Delegations from Ukraine and Russia ended two days of talks in Geneva on Tuesday without setting a date for another meeting, officials from both sides said.",
             "The Ukrainian side said it had presented a revised draft on prisoner exchanges and the protection of nuclear plants.",
             "A Russian spokesman said the talks had been useful."],
            article.Paragraphs.Select(p => p.Text));
        Assert.Empty(Headings(article));
        Assert.Equal([(RemovedTextKind.Other, "REUTER")], article.RemovedTexts.Select(r => (r.Kind, r.Text)));
    }

    [Theory]
    [InlineData("TAIWAN TO SEEK HIGHER TEXTILE EXPORTS TO U.S.")]
    [InlineData("Talks Resume as Envoys Meet in the U.S.")]
    public void A_headline_may_end_with_an_abbreviation(string headline)
    {
        var article = Parse($"{headline}\n\nOfficials met on Monday.");

        Assert.Equal(headline, article.Title);
        Assert.False(article.TitleIsDerived);
    }

    [Fact]
    public void Lines_of_figures_are_paragraphs_not_headings()
    {
        var article = Parse("Quarterly Results\n\nThe company reported its results.\nNet 1.1 mln vs 829,000\nRevs 7.9 mln vs 9.4 mln");

        Assert.Empty(Headings(article));
        Assert.Equal(3, article.Paragraphs.Count);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\n  ")]
    [InlineData("Only A Headline")]
    [InlineData("| a | b |\n|---|---|")]
    [InlineData("---\n---")]
    [InlineData("- one\n- two")]
    [InlineData("SOURCES:")]
    public void Odd_texts_parse_without_failing(string text)
    {
        var article = Parse(text);

        Assert.False(string.IsNullOrWhiteSpace(article.Title));
    }
}
