using System.Text.RegularExpressions;

namespace PeaceTalksTracker.Articles;

/// <summary>
/// Turns the text of a news article file into a structured article: headline, standfirst, byline, dateline, date,
/// photo caption, body, cited sources, and the boilerplate taken out of it.
/// </summary>
/// <remarks>
/// Input is treated as plain text that may carry a little Markdown structure (pipe tables, <c>-</c> lists,
/// <c>#</c> headings), as text dumps of web pages do. Inline characters are kept as written: <c>*</c>, <c>_</c>,
/// <c>&lt;</c> and the like are escaped in <see cref="ParsedArticle.BodyMarkdown"/>, so the page shows what the author
/// wrote and raw HTML shows as text. Each non-blank line is one block (one paragraph per line, as news dumps are),
/// except that a hard-wrapped line continuing in lower case is joined to the paragraph above.
/// <para>
/// The contract the reading view relies on: the non-heading blocks of BodyMarkdown correspond one to one, in order,
/// to <see cref="ParsedArticle.Paragraphs"/> (a Markdown paragraph → Kind Paragraph, each list item → Kind ListItem,
/// each table → Kind Table whose Text is the table's Markdown source); headings are <c>## Heading</c>.
/// </para>
/// </remarks>
public sealed partial class ArticleParser
{
    private const int MaxTitleLength = 200;
    private const int MaxTitleWords = 30;
    private const int MaxHeadingLength = 100;
    private const int MaxHeadingWords = 15;
    private const int DerivedTitleLength = 90;
    private const int WrapWidth = 80;

    public ParsedArticle Parse(string text)
    {
        var normalized = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').TrimStart('\uFEFF');
        var (frontMatter, bodyText) = FrontMatter.Split(normalized);
        var lines = Unwrap(bodyText.Split('\n'));

        var header = ReadHeader(lines);
        var body = ReadBody(lines, header.BodyStart);
        var (markdown, paragraphs) = Compose(body.Blocks);

        var title = header.Title;
        var titleIsDerived = false;
        if (title is null)
        {
            var lede = paragraphs.FirstOrDefault(p => p.Kind == ParagraphKind.Paragraph)?.Text ?? header.Caption ?? paragraphs.FirstOrDefault()?.Text;
            title = lede is null ? "Untitled" : DeriveTitle(lede);
            titleIsDerived = true;
        }

        var article = new ParsedArticle
        {
            Title = title,
            TitleIsDerived = titleIsDerived,
            Subtitle = header.Subtitle,
            Outlet = header.Outlet,
            Author = header.Author,
            Dateline = header.Dateline,
            PublishedOn = header.PublishedOn ?? header.UpdatedOn,
            Caption = header.Caption,
            CaptionCredit = header.CaptionCredit,
            BodyMarkdown = markdown,
            Paragraphs = paragraphs,
            CitedSources = body.Sources,
            RemovedTexts = body.Removed,
        };
        return frontMatter.IsEmpty ? article : ApplyFrontMatter(article, frontMatter);
    }

    /// <summary>What the front matter says wins over what was guessed from the text.</summary>
    private static ParsedArticle ApplyFrontMatter(ParsedArticle article, FrontMatter frontMatter)
    {
        var title = frontMatter.Get("title", "headline");
        var source = frontMatter.Get("url", "source_url", "sourceUrl", "link", "canonical", "source");
        var sourceIsUrl = source is not null && (source.Contains("://", StringComparison.Ordinal) || source.StartsWith("www.", StringComparison.OrdinalIgnoreCase));
        var outlet = frontMatter.Get("outlet", "publication", "publisher", "site") ?? (sourceIsUrl ? null : source);
        var date = frontMatter.Get("date", "published", "published_on", "publishedOn", "pubdate");
        return article with
        {
            Title = title ?? article.Title,
            TitleIsDerived = title is null && article.TitleIsDerived,
            Subtitle = frontMatter.Get("subtitle", "standfirst", "dek") ?? article.Subtitle,
            Outlet = outlet ?? article.Outlet,
            Author = frontMatter.Get("author", "byline", "by") ?? article.Author,
            Dateline = frontMatter.Get("dateline", "location", "place") ?? article.Dateline,
            PublishedOn = DateParser.Parse(date) ?? article.PublishedOn,
            SourceUrl = sourceIsUrl ? source : article.SourceUrl,
            Description = frontMatter.Get("description", "summary") ?? article.Description,
        };
    }

    /// <summary>
    /// Joins hard-wrapped text (wire copy such as Reuters: lines of at most ~80 characters, a new paragraph marked by
    /// indentation or a blank line) back into one line per paragraph; text written one paragraph per line is left as is.
    /// </summary>
    private static List<string> Unwrap(string[] rawLines)
    {
        var cleaned = rawLines.Select(CleanLine).ToList();
        var measured = cleaned.Where(l => l.Length >= 20).ToList();
        var isWrapped = measured.Count >= 4
            && measured.Count(l => l.Length <= WrapWidth) >= measured.Count * 0.9
            && measured.Count(l => l.Length >= 45) >= measured.Count * 0.5
            && measured.Count(l => !".!?:;\"”’)".Contains(l[^1], StringComparison.Ordinal)) >= measured.Count * 0.3;
        if (!isWrapped)
        {
            return cleaned;
        }

        // A line well short of the text's width ends its paragraph. Not the first line of one, though: wire copy often
        // starts a story with a short line where a dateline was cut off.
        var width = measured.Select(l => l.Length).Order().ElementAt((int)(measured.Count * 0.9) - 1);
        var shortLine = width * 0.6;

        var lines = new List<string>();
        var current = new List<string>();
        var previous = "";
        var first = NextNonBlank(cleaned, 0);
        for (var i = 0; i < cleaned.Count; i++)
        {
            var line = cleaned[i];
            var startsBlock = line.Length == 0 || current.Count == 0 || i == first + 1
                || rawLines[i].StartsWith("  ", StringComparison.Ordinal) || rawLines[i].StartsWith('\t')
                || IsStructural(line) || IsStructural(previous)
                || (previous.Length < shortLine && (current.Count > 1 || ".!?:\"”".Contains(previous[^1], StringComparison.Ordinal)));
            if (startsBlock && current.Count > 0)
            {
                lines.Add(string.Join(' ', current));
                current.Clear();
            }

            if (line.Length == 0)
            {
                lines.Add("");
            }
            else
            {
                current.Add(line);
            }

            previous = line;
        }

        if (current.Count > 0)
        {
            lines.Add(string.Join(' ', current));
        }

        return lines;
    }

    private static bool IsStructural(string line) =>
        line.Length > 0 && (line.StartsWith('|') || Bullet().IsMatch(line) || OrderedItem().IsMatch(line) || AtxHeading().IsMatch(line) || SourcesHeader().IsMatch(line));

    private static string CleanLine(string line) => Whitespace().Replace(line.Replace("\u200B", "", StringComparison.Ordinal), " ").Trim();

    /// <summary>True when the next line goes on in lower case: this line is the start of a hard-wrapped paragraph.</summary>
    private static bool ContinuesOnNextLine(List<string> lines, int i) => i + 1 < lines.Count && lines[i + 1].Length > 0 && StartsWithLowercase(lines[i + 1]);

    private static int NextNonBlank(List<string> lines, int from)
    {
        for (var i = from; i < lines.Count; i++)
        {
            if (lines[i].Length > 0)
            {
                return i;
            }
        }

        return -1;
    }

    // ---- The header: headline, standfirst, byline, dateline, date and photo caption, before the first body line.

    private sealed class Header
    {
        public string? Title { get; set; }
        public string? Outlet { get; set; }
        public string? Subtitle { get; set; }
        public string? Author { get; set; }
        public string? Dateline { get; set; }
        public DateOnly? PublishedOn { get; set; }
        public DateOnly? UpdatedOn { get; set; }
        public string? Caption { get; set; }
        public string? CaptionCredit { get; set; }
        public int BodyStart { get; set; }
    }

    private static Header ReadHeader(List<string> lines)
    {
        var header = new Header { BodyStart = lines.Count };
        var i = NextNonBlank(lines, 0);
        if (i < 0)
        {
            return header;
        }

        if (!TryReadCaption(lines[i], header))
        {
            var headline = StripHeadlineMarks(lines[i]);
            if (IsHeadlineLike(headline))
            {
                (header.Title, header.Outlet) = SplitOutlet(headline.EndsWith(" .", StringComparison.Ordinal) ? headline[..^2] : headline);
                i = NextNonBlank(lines, i + 1);

                // Pages copied from a browser often repeat the headline (page title, then the article's h1).
                if (i >= 0 && (SameText(StripHeadlineMarks(lines[i]), headline) || SameText(StripHeadlineMarks(lines[i]), header.Title)))
                {
                    i = NextNonBlank(lines, i + 1);
                }

                if (i >= 0 && IsSubtitle(lines[i]) && !ContinuesOnNextLine(lines, i))
                {
                    header.Subtitle = lines[i];
                    i = NextNonBlank(lines, i + 1);
                }
            }
        }
        else
        {
            i = NextNonBlank(lines, i + 1);
        }

        // Byline, dateline, date and caption come in any order until the first line of the body.
        while (i >= 0 && ((header.Caption is null && TryReadCaption(lines[i], header)) || TryReadMetadata(lines[i], header)))
        {
            i = NextNonBlank(lines, i + 1);
        }

        header.BodyStart = i < 0 ? lines.Count : i;
        return header;
    }

    private static string StripHeadlineMarks(string line)
    {
        var atx = AtxHeading().Match(line);
        var text = atx.Success ? atx.Groups["text"].Value : line;
        return text.Length > 4 && text.StartsWith("**", StringComparison.Ordinal) && text.EndsWith("**", StringComparison.Ordinal) ? text[2..^2].Trim() : text;
    }

    private static bool SameText(string a, string? b) => b is not null && string.Equals(a, b, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// A headline: a line of at most a few dozen words without closing punctuation. A full stop is allowed after an
    /// abbreviation ("… TO U.S.") and in a wire headline set in capitals.
    /// </summary>
    private static bool IsHeadlineLike(string line) =>
        line.Length is > 0 and <= MaxTitleLength
        && WordCount(line) <= MaxTitleWords
        && !":;,".Contains(line[^1], StringComparison.Ordinal)
        && (line[^1] != '.' || !line.Any(char.IsLower) || TrailingAbbreviation().IsMatch(line))
        && !MetadataMarker().IsMatch(line)
        && !line.StartsWith('>');

    private static bool IsSubtitle(string line) =>
        IsHeadlineLike(line) && !StartsWithLowercase(line) && line[^1] != '.' && WordCount(line) >= 3 && DateParser.Parse(line) is null && !ByLine().IsMatch(line)
        && !SourcesHeader().IsMatch(line) && Boilerplate.Classify(line) is null;

    /// <summary>"Title – OUTLET" or "Title | Outlet": split when the tail is plainly an outlet's name.</summary>
    private static (string Title, string? Outlet) SplitOutlet(string line)
    {
        var match = OutletSuffix().Match(line);
        if (!match.Success)
        {
            return (line, null);
        }

        var title = match.Groups["title"].Value.Trim();
        var outlet = match.Groups["outlet"].Value.Trim();
        var looksLikeOutlet = OutletNames.IsKnown(outlet) || (!outlet.Any(char.IsLower) && outlet.Any(char.IsLetter)) || match.Groups["sep"].Value == "|";
        return looksLikeOutlet && WordCount(outlet) <= 5 && WordCount(title) >= 3 ? (title, OutletNames.Normalize(outlet)) : (line, null);
    }

    /// <summary>A photo caption ends with its credit in brackets: "… in Istanbul. [Adem Altan/AFP]".</summary>
    private static bool TryReadCaption(string line, Header header)
    {
        var labelled = CaptionLabel().Match(line);
        if (labelled.Success)
        {
            var rest = labelled.Groups["rest"].Value;
            var credited = CaptionWithCredit().Match(rest);
            header.Caption = credited.Success ? credited.Groups["caption"].Value : rest;
            header.CaptionCredit = credited.Success ? credited.Groups["credit"].Value.Trim() : null;
            return true;
        }

        var match = CaptionWithCredit().Match(line);
        if (!match.Success || WordCount(match.Groups["caption"].Value) < 5 || !CreditLike().IsMatch(match.Groups["credit"].Value))
        {
            return false;
        }

        header.Caption = match.Groups["caption"].Value;
        header.CaptionCredit = match.Groups["credit"].Value.Trim();
        return true;
    }

    private enum MetaField
    {
        Author,
        Dateline,
        Published,
        Updated,
    }

    /// <summary>Byline and date lines: "By Ingrid Jones", "- Ingrid Jones" / "- U.S.A" / "- December 3, 2025", "| Published June 12, 2025".</summary>
    private static bool TryReadMetadata(string line, Header header)
    {
        var marker = MetadataMarker().Match(line);
        var content = marker.Success ? line[marker.Length..].Trim().TrimEnd('|').Trim() : line;
        if (content.Length == 0)
        {
            return marker.Success;
        }

        var parts = MetadataSeparator().Split(content).Select(p => p.Trim()).Where(p => p.Length > 0).ToList();
        var listed = marker.Success || parts.Count > 1;
        var found = new List<(MetaField Field, string? Text, DateOnly? Date)>();
        var hasAuthor = header.Author is not null;
        var hasDateline = header.Dateline is not null;
        foreach (var part in parts)
        {
            var field = ClassifyMetadata(part, listed, hasAuthor, hasDateline);
            if (field is null)
            {
                return false;
            }

            found.Add(field.Value);
            hasAuthor |= field.Value.Field == MetaField.Author;
            hasDateline |= field.Value.Field == MetaField.Dateline;
        }

        foreach (var (field, text, date) in found)
        {
            switch (field)
            {
                case MetaField.Author:
                    header.Author ??= text;
                    break;
                case MetaField.Dateline:
                    header.Dateline ??= text;
                    break;
                case MetaField.Published:
                    header.PublishedOn ??= date;
                    break;
                default:
                    header.UpdatedOn ??= date;
                    break;
            }
        }

        return true;
    }

    private static (MetaField Field, string? Text, DateOnly? Date)? ClassifyMetadata(string part, bool listed, bool hasAuthor, bool hasDateline)
    {
        var by = ByLine().Match(part);
        if (by.Success && WordCount(by.Groups["name"].Value) <= 8)
        {
            return (MetaField.Author, by.Groups["name"].Value.Trim(), null);
        }

        var labelled = DateLabel().Match(part);
        if (labelled.Success && DateParser.Parse(labelled.Groups["date"].Value) is { } labelledDate)
        {
            var updated = labelled.Groups["label"].Value.Contains("updated", StringComparison.OrdinalIgnoreCase);
            return (updated ? MetaField.Updated : MetaField.Published, null, labelledDate);
        }

        if (DateParser.Parse(part) is { } date)
        {
            return (MetaField.Published, null, date);
        }

        if (!listed)
        {
            return null;
        }

        if (!hasAuthor && PersonName().IsMatch(part))
        {
            return (MetaField.Author, part, null);
        }

        if (!hasDateline && part.Length <= 40 && WordCount(part) <= 5 && !StartsWithLowercase(part)
            && (!"!?:;,.".Contains(part[^1], StringComparison.Ordinal) || Abbreviation().IsMatch(part)))
        {
            return (MetaField.Dateline, part, null);
        }

        return null;
    }

    // ---- The body: headings, paragraphs, lists, tables, cited sources and boilerplate, in reading order.

    private enum BlockKind
    {
        Heading,
        Paragraph,
        ListItem,
        OrderedListItem,
        Table,
    }

    private sealed record Block(BlockKind Kind, string Text, int Number = 0);

    private sealed record Body(List<Block> Blocks, List<ParsedSource> Sources, List<ParsedRemoval> Removed);

    private static Body ReadBody(List<string> lines, int start)
    {
        var body = new Body([], [], []);
        var inSources = false;
        for (var i = start; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.Length == 0)
            {
                continue;
            }

            if (inSources)
            {
                var (entry, removedAfterSources) = Boilerplate.Strip(line);
                body.Removed.AddRange(removedAfterSources);
                if (entry.Length > 0)
                {
                    body.Sources.Add(ParseSource(entry));
                }

                continue;
            }

            var sources = SourcesHeader().Match(line);
            if (sources.Success)
            {
                inSources = true;
                if (sources.Groups["rest"].Value.Trim() is { Length: > 0 } first)
                {
                    body.Sources.Add(ParseSource(first));
                }

                continue;
            }

            if (IsTableStart(lines, i))
            {
                var tableLines = new List<string>();
                for (; i < lines.Count && lines[i].StartsWith('|'); i++)
                {
                    tableLines.Add(lines[i]);
                }

                i--;
                body.Blocks.Add(new Block(BlockKind.Table, string.Join('\n', tableLines)));
                continue;
            }

            var bullet = Bullet().Match(line);
            if (bullet.Success)
            {
                body.Blocks.Add(new Block(BlockKind.ListItem, bullet.Groups["text"].Value));
                continue;
            }

            // "1. Text" is a list only when numbered lines follow one another; a lone one is prose (or a heading).
            var ordered = OrderedItem().Match(line);
            if (ordered.Success && ((i > 0 && OrderedItem().IsMatch(lines[i - 1])) || (i + 1 < lines.Count && OrderedItem().IsMatch(lines[i + 1]))))
            {
                body.Blocks.Add(new Block(BlockKind.OrderedListItem, ordered.Groups["text"].Value, int.Parse(ordered.Groups["number"].Value, System.Globalization.CultureInfo.InvariantCulture)));
                continue;
            }

            var atx = AtxHeading().Match(line);
            if (atx.Success)
            {
                body.Blocks.Add(new Block(BlockKind.Heading, atx.Groups["text"].Value));
                continue;
            }

            var (text, removed) = Boilerplate.Strip(line);
            body.Removed.AddRange(removed);
            if (text.Length == 0)
            {
                continue;
            }

            if (removed.Count == 0 && IsHeading(text) && !ContinuesOnNextLine(lines, i))
            {
                body.Blocks.Add(new Block(BlockKind.Heading, text));
            }
            else if (body.Blocks.Count > 0 && body.Blocks[^1] is { Kind: BlockKind.Paragraph } previous
                && i > 0 && lines[i - 1].Length > 0 && StartsWithLowercase(text) && !".!?:;\"”’)".Contains(previous.Text[^1], StringComparison.Ordinal))
            {
                // A hard-wrapped paragraph: the line continues the sentence above.
                body.Blocks[^1] = previous with { Text = previous.Text + " " + text };
            }
            else
            {
                body.Blocks.Add(new Block(BlockKind.Paragraph, text));
            }
        }

        return body;
    }

    /// <summary>A section heading: a short line without closing punctuation (a question only when in title case).</summary>
    private static bool IsHeading(string line)
    {
        if (line.Length > MaxHeadingLength || WordCount(line) > MaxHeadingWords || StartsWithLowercase(line))
        {
            return false;
        }

        var last = line[^1];
        if (".:;,!\"”’'".Contains(last, StringComparison.Ordinal))
        {
            return false;
        }

        // Figures ("Net 1.1 mln vs 829,000") are data lines of wire copy, not section titles.
        // A year ("The 2022 Invasion") is words, not figures.
        var nonSpace = line.Count(c => !char.IsWhiteSpace(c));
        if (Year().Replace(line, "").Count(char.IsDigit) * 5 >= nonSpace)
        {
            return false;
        }

        if (last == '?')
        {
            var words = line.Split(' ').Where(w => w.Count(char.IsLetter) > 3).ToList();
            return words.Count > 0 && words.Count(w => char.IsUpper(w.First(char.IsLetter))) >= words.Count * 0.6;
        }

        return line.Any(char.IsLetter);
    }

    private static bool IsTableStart(List<string> lines, int i) =>
        lines[i].StartsWith('|') && lines[i].Count(c => c == '|') >= 2 && i + 1 < lines.Count && TableDelimiter().IsMatch(lines[i + 1]);

    /// <summary>"AL JAZEERA – Why Ukraine peace talks are failing" → Al Jazeera, with the cited title kept.</summary>
    private static ParsedSource ParseSource(string entry)
    {
        var text = SourceMarker().Replace(entry, "").Trim();
        if (Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")
        {
            return new ParsedSource(uri.Host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? uri.Host[4..] : uri.Host, text);
        }

        var split = SourceSeparator().Match(text);
        if (!split.Success)
        {
            return new ParsedSource(OutletNames.Normalize(text), null);
        }

        var name = split.Groups["name"].Value.Trim();
        var title = split.Groups["title"].Value.Trim().Trim('"', '“', '”', '‘', '’', '\'').Trim();
        if (!OutletNames.IsKnown(name) && OutletNames.IsKnown(title))
        {
            (name, title) = (title, name);
        }

        return new ParsedSource(OutletNames.Normalize(name), title.Length == 0 ? null : title);
    }

    // ---- Markdown and paragraphs, kept in step block by block.

    private static (string Markdown, List<ParsedParagraph> Paragraphs) Compose(List<Block> blocks)
    {
        var chunks = new List<string>();
        var paragraphs = new List<ParsedParagraph>();
        string? heading = null;
        for (var i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            switch (block.Kind)
            {
                case BlockKind.Heading:
                    heading = block.Text;
                    chunks.Add(MarkdownText.Heading(block.Text));
                    break;
                case BlockKind.Paragraph:
                    chunks.Add(MarkdownText.EscapeBlock(block.Text));
                    paragraphs.Add(new ParsedParagraph(heading, block.Text, ParagraphKind.Paragraph));
                    break;
                case BlockKind.Table:
                    chunks.Add(block.Text);
                    paragraphs.Add(new ParsedParagraph(heading, block.Text, ParagraphKind.Table));
                    break;
                default:
                    // Consecutive items of one kind are one tight list.
                    var items = new List<string>();
                    for (; i < blocks.Count && blocks[i].Kind == block.Kind; i++)
                    {
                        var item = blocks[i];
                        var marker = item.Kind == BlockKind.OrderedListItem ? $"{item.Number}." : "-";
                        items.Add($"{marker} {MarkdownText.EscapeBlock(item.Text)}");
                        paragraphs.Add(new ParsedParagraph(heading, item.Text, ParagraphKind.ListItem));
                    }

                    i--;
                    chunks.Add(string.Join('\n', items));
                    break;
            }
        }

        return (string.Join("\n\n", chunks), paragraphs);
    }

    /// <summary>A headline made from the lede: its first sentence, cut at a word boundary if it runs long.</summary>
    internal static string DeriveTitle(string lede)
    {
        // The first sentence, unless a split after an abbreviation ("U.K. MONEY MARKET…") left only a scrap.
        var sentences = SentenceEnd().Split(lede);
        var sentence = sentences[0].Trim();
        for (var i = 1; i < sentences.Length && sentence.Length < 30; i++)
        {
            sentence += " " + sentences[i].Trim();
        }

        if (sentence.Length <= DerivedTitleLength)
        {
            return sentence.TrimEnd('.', ' ');
        }

        var cut = sentence.LastIndexOf(' ', DerivedTitleLength);
        var words = sentence[..(cut > 20 ? cut : DerivedTitleLength)].Split(' ').ToList();
        while (words.Count > 3 && DanglingWord().IsMatch(words[^1]))
        {
            words.RemoveAt(words.Count - 1);
        }

        return string.Join(' ', words).TrimEnd(',', ';', ':', '–', '—', '-', ' ') + "…";
    }

    private static int WordCount(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    private static bool StartsWithLowercase(string text)
    {
        var firstLetter = text.FirstOrDefault(char.IsLetter);
        return firstLetter != default && char.IsLower(firstLetter) && char.IsLetter(text[0]);
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"\b(?:19|20)\d{2}\b")]
    private static partial Regex Year();

    [GeneratedRegex(@"^#{1,6}\s+(?<text>.+?)(?:\s+#+)?$")]
    private static partial Regex AtxHeading();

    [GeneratedRegex(@"^(?<title>.+)\s+(?<sep>[–—|]|--?)\s+(?<outlet>[^–—|]{2,40})$")]
    private static partial Regex OutletSuffix();

    [GeneratedRegex(@"^(?:photo|photograph|image|picture|caption)\s*:\s*(?<rest>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex CaptionLabel();

    // The credit's brackets are often mismatched in copied text ("[Adem Altan/AFP)"), so either closer is accepted.
    [GeneratedRegex(@"^(?<caption>.+?)\s*[\[(](?<credit>[^\[\]()]{2,80})[\])]\s*$")]
    private static partial Regex CaptionWithCredit();

    [GeneratedRegex(@"/|\b(?:photo|photograph|image|credit|courtesy|getty|afp|reuters|ap|epa|shutterstock|file|pool)\b", RegexOptions.IgnoreCase)]
    private static partial Regex CreditLike();

    [GeneratedRegex(@"^[-–—|•*·]\s*")]
    private static partial Regex MetadataMarker();

    [GeneratedRegex(@"\s+[|·•]\s+")]
    private static partial Regex MetadataSeparator();

    [GeneratedRegex(@"^by\s+(?<name>\S.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex ByLine();

    [GeneratedRegex(@"^(?<label>published|updated|last\s+updated|first\s+published|posted|date)\b(?:\s+on)?\s*:?\s*(?<date>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex DateLabel();

    [GeneratedRegex(@"^(?:[A-Z][\p{L}'’.-]*|de|da|van|von|der|al|bin|le|la)(?:\s+(?:[A-Z][\p{L}'’.-]*|de|da|van|von|der|al|bin|le|la)){1,3}$")]
    private static partial Regex PersonName();

    [GeneratedRegex(@"^(?:[A-Z]\.)+[A-Z]?\.?$")]
    private static partial Regex Abbreviation();

    [GeneratedRegex(@"(?:^|\s)(?:[A-Z]\.){2,}$")]
    private static partial Regex TrailingAbbreviation();

    [GeneratedRegex(@"^(?:sources?|references|further\s+reading|bibliography)\s*(?::\s*(?<rest>.*)|$)", RegexOptions.IgnoreCase)]
    private static partial Regex SourcesHeader();

    [GeneratedRegex(@"^(?:[-*•–]|\d{1,3}[.)])\s+")]
    private static partial Regex SourceMarker();

    [GeneratedRegex(@"^(?<name>[^:–—]+?)(?:\s+[–—-]\s+|:\s+)(?<title>.+)$")]
    private static partial Regex SourceSeparator();

    [GeneratedRegex(@"^[-*•+]\s+(?<text>.+)$")]
    private static partial Regex Bullet();

    [GeneratedRegex(@"^(?<number>\d{1,3})[.)]\s+(?<text>.+)$")]
    private static partial Regex OrderedItem();

    [GeneratedRegex(@"^\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?$")]
    private static partial Regex TableDelimiter();

    [GeneratedRegex(@"(?<=[.!?])\s+(?=[A-Z“""‘'])")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"^(?:a|an|the|and|or|but|of|to|in|on|at|for|with|by|from|despite|as|that|which|its|their|his|her)$", RegexOptions.IgnoreCase)]
    private static partial Regex DanglingWord();
}
