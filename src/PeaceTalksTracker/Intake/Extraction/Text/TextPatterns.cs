using System.Text.RegularExpressions;

namespace PeaceTalksTracker.Intake.Extraction.Text;

/// <summary>The line shapes the plain-text reader recognises, shared by its header and body readers.</summary>
internal static partial class TextPatterns
{
    [GeneratedRegex(@"^#{1,6}\s+(?<text>.+?)(?:\s+#+)?$")]
    internal static partial Regex AtxHeading();

    [GeneratedRegex(@"^(?<title>.+)\s+(?<sep>[–—|]|--?)\s+(?<outlet>[^–—|]{2,40})$")]
    internal static partial Regex OutletSuffix();

    [GeneratedRegex(@"^(?:photo|photograph|image|picture|caption)\s*:\s*(?<rest>.+)$", RegexOptions.IgnoreCase)]
    internal static partial Regex CaptionLabel();

    // The credit's brackets are often mismatched in copied text ("[Adem Altan/AFP)"), so either closer is accepted.
    [GeneratedRegex(@"^(?<caption>.+?)\s*[\[(](?<credit>[^\[\]()]{2,80})[\])]\s*$")]
    internal static partial Regex CaptionWithCredit();

    [GeneratedRegex(@"/|\b(?:photo|photograph|image|credit|courtesy|getty|afp|reuters|ap|epa|shutterstock|file|pool)\b", RegexOptions.IgnoreCase)]
    internal static partial Regex CreditLike();

    [GeneratedRegex(@"^[-–—|•*·]\s*")]
    internal static partial Regex MetadataMarker();

    [GeneratedRegex(@"\s+[|·•]\s+")]
    internal static partial Regex MetadataSeparator();

    [GeneratedRegex(@"^by\s+(?<name>\S.*)$", RegexOptions.IgnoreCase)]
    internal static partial Regex ByLine();

    [GeneratedRegex(@"^(?<label>published|updated|last\s+updated|first\s+published|posted|date)\b(?:\s+on)?\s*:?\s*(?<date>.+)$", RegexOptions.IgnoreCase)]
    internal static partial Regex DateLabel();

    [GeneratedRegex(@"^(?:[A-Z][\p{L}'’.-]*|de|da|van|von|der|al|bin|le|la)(?:\s+(?:[A-Z][\p{L}'’.-]*|de|da|van|von|der|al|bin|le|la)){1,3}$")]
    internal static partial Regex PersonName();

    [GeneratedRegex(@"^(?:[A-Z]\.)+[A-Z]?\.?$")]
    internal static partial Regex Abbreviation();

    [GeneratedRegex(@"(?:^|\s)(?:[A-Z]\.){2,}$")]
    internal static partial Regex TrailingAbbreviation();

    [GeneratedRegex(@"^(?:sources?|references|further\s+reading|bibliography)\s*(?::\s*(?<rest>.*)|$)", RegexOptions.IgnoreCase)]
    internal static partial Regex SourcesHeader();

    [GeneratedRegex(@"^(?:[-*•–]|\d{1,3}[.)])\s+")]
    internal static partial Regex SourceMarker();

    [GeneratedRegex(@"^(?<name>[^:–—]+?)(?:\s+[–—-]\s+|:\s+)(?<title>.+)$")]
    internal static partial Regex SourceSeparator();

    [GeneratedRegex(@"^[-*•+]\s+(?<text>.+)$")]
    internal static partial Regex Bullet();

    [GeneratedRegex(@"^(?<number>\d{1,3})[.)]\s+(?<text>.+)$")]
    internal static partial Regex OrderedItem();

    [GeneratedRegex(@"^\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?$")]
    internal static partial Regex TableDelimiter();
}
