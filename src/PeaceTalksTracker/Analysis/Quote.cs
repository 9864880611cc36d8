namespace PeaceTalksTracker.Analysis;

/// <summary>How a quote's speaker was found, so pages can mark the attributions a reader should check.</summary>
public enum AttributionMethod
{
    /// <summary>No speaker: a phrase, or a quotation nobody in the text is named as saying.</summary>
    None = 0,

    /// <summary>A verb of saying next to a named speaker ("…,” Sikorski said; X told reporters).</summary>
    SaidVerb = 1,

    /// <summary>"according to X".</summary>
    AccordingTo = 2,

    /// <summary>A pronoun ("he said") resolved to the last person named who can be meant: the least certain.</summary>
    Pronoun = 3,

    /// <summary>No speaker in the quote's sentence: it continues the quotation before it (same paragraph, or the paragraph before).</summary>
    Continuation = 4,
}

/// <summary>
/// A direct quotation, or a short phrase in quote marks (<see cref="IsPhrase"/>: a scare quote such as “new realities”,
/// shown apart from what people said). <see cref="Speaker"/> is the name as the text gives it (the codebook's full name
/// for a person it knows); <see cref="StakeholderId"/> is null for a speaker the codebook cannot place.
/// </summary>
public sealed class Quote
{
    public int Id { get; set; }
    public int ArticleId { get; set; }
    public int ParagraphIndex { get; set; }
    public string? Speaker { get; set; }
    public string? StakeholderId { get; set; }
    public required string Text { get; set; }

    /// <summary>The speaker's title or role as written before or after the name ("Polish Foreign Minister").</summary>
    public string? Role { get; set; }

    public AttributionMethod Method { get; set; }

    public bool IsPhrase { get; set; }
}
