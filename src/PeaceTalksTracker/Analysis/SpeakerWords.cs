namespace PeaceTalksTracker.Analysis;

/// <summary>The word lists speaker finding reads: titles, words that are not names, bodies, and words that make an object.</summary>
internal static class SpeakerWords
{
    /// <summary>Whether a list holds a word given as a span of the text (no string is made for the lookup).</summary>
    internal static bool Contains(HashSet<string> words, ReadOnlySpan<char> word) => words.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    /// <summary>Words of titles and roles, any case: they come before a name and are not part of it.</summary>
    internal static readonly HashSet<string> RoleWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "President", "Vice", "Prime", "Minister", "Ministry", "Foreign", "Defence", "Defense", "Deputy", "Secretary", "Senator", "Sen",
        "Rep", "Representative", "Congressman", "Congresswoman", "Chancellor", "Ambassador", "General", "Gen", "Spokesman",
        "Spokeswoman", "Spokesperson", "Envoy", "Special", "Chief", "Head", "Chairman", "Chairwoman", "Chair", "Governor", "Mayor",
        "Adviser", "Advisor", "Aide", "Commander", "Commissioner", "High", "Speaker", "Press", "National", "Security", "Treasury",
        "State", "Affairs", "Interior", "Finance", "Economy", "Energy", "Justice", "Official", "Leader", "Negotiator", "King",
        "Crown", "Prince", "Premier", "Lieutenant", "Colonel", "Admiral", "Marshal", "Former", "Top", "Senior", "Analyst", "Director",
        "Professor", "Prof", "Dr", "Mr", "Mrs", "Ms", "Pope", "Secretary-General", "Lawmaker", "MP", "Member", "Parliament",
        "Administration", "Executive", "Officer", "Intelligence", "Military", "Armed", "Forces", "Staff", "Presidential",
        "Diplomat", "Chief-of-staff", "Representative", "Counsellor", "Councillor", "Sir", "Lord", "Dame", "Baroness",
        "Opposition", "Party", "Nationalist", "Far-right", "Researcher", "Fellow", "Expert", "Historian", "Economist", "Journalist",
        "Editor", "Correspondent", "Reporter", "Host", "Supreme", "Acting", "Interim", "Sergeant", "Captain", "Major", "Colonel-General",
        "Lt", "Maj", "Col", "Brig", "Cdr", "Gov", "Amb", "Sec", "CEO", "Founder", "Prosecutor", "Prosecutor-General", "Attorney",
        "Ombudsman", "Commissioner", "Mediator", "Coordinator", "Co-founder", "Boss",

        // Portfolios, so the whole title is the role ("Turkish Trade Minister", "Digital Transformation Minister"); not
        // words that also name research bodies ("Strategic", "Policy", "Economic"), which would cut "Centre for Strategic Studies".
        "Trade", "Agriculture", "Agrarian", "Health", "Education", "Transport", "Infrastructure", "Culture", "Environment",
        "Labour", "Labor", "Digital", "Transformation", "Veterans", "Emergency", "Reintegration",
    };

    /// <summary>
    /// Nationality adjectives that open a title ("Slovak Prime Minister", "Dutch Defence Minister"): part of the role
    /// even when the codebook has no stakeholder for the country (those it has are found as its adjectives).
    /// </summary>
    internal static readonly HashSet<string> Nationalities = new(StringComparer.Ordinal)
    {
        "Afghan", "Albanian", "Algerian", "Argentine", "Armenian", "Austrian", "Azerbaijani", "Bangladeshi", "Belgian",
        "Bosnian", "Bulgarian", "Chilean", "Colombian", "Croatian", "Cypriot", "Czech", "Danish", "Dutch", "Egyptian",
        "Estonian", "Ethiopian", "Filipino", "Finnish", "Georgian", "Greek", "Icelandic", "Indonesian", "Iraqi", "Irish",
        "Israeli", "Jordanian", "Kazakh", "Kenyan", "Korean", "Kuwaiti", "Latvian", "Lebanese", "Libyan", "Lithuanian",
        "Luxembourgish", "Malaysian", "Maltese", "Mexican", "Moldovan", "Mongolian", "Montenegrin", "Moroccan", "Nigerian",
        "Norwegian", "Omani", "Pakistani", "Portuguese", "Romanian", "Serbian", "Singaporean", "Slovak", "Slovenian",
        "Spanish", "Swedish", "Syrian", "Taiwanese", "Thai", "Tunisian", "Venezuelan", "Vietnamese", "Yemeni",
    };

    /// <summary>Forms of address, not roles: "Mr Zelensky" has no title worth showing.</summary>
    internal static readonly HashSet<string> Honorifics = new(StringComparer.OrdinalIgnoreCase) { "Mr", "Mrs", "Ms", "Dr", "Sir", "Madam", "Miss" };

    /// <summary>Capitalised words that open a sentence or a clause and are not part of a name.</summary>
    internal static readonly HashSet<string> NotNames = new(StringComparer.Ordinal)
    {
        "The", "A", "An", "In", "On", "At", "But", "And", "Or", "So", "Yet", "This", "That", "These", "Those", "It", "He", "She",
        "They", "We", "I", "You", "His", "Her", "Its", "Their", "Our", "As", "For", "When", "While", "After", "Before", "Then",
        "If", "Asked", "Speaking", "Writing", "Last", "Next", "Earlier", "Later", "Meanwhile", "However", "Still", "Now", "Today",
        "Yesterday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "According", "Some", "Many",
        "Both", "One", "Two", "Three", "Western", "Eastern", "Northern", "Southern", "Republican", "Democrat", "Democratic",
    };

    internal static readonly HashSet<string> Months = new(StringComparer.Ordinal)
    {
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
    };

    /// <summary>Words that make a capitalised name a body rather than a person.</summary>
    internal static readonly HashSet<string> BodyWords = new(StringComparer.Ordinal)
    {
        "Centre", "Center", "Institute", "Council", "Agency", "Ministry", "Programme", "Program", "Fund", "Bank", "Committee",
        "Organisation", "Organization", "University", "Foundation", "Office", "Service", "Court", "Commission", "Group", "Forum",
        "Studies", "Association", "Agency", "Network", "Times", "News", "Post", "Press", "Reuters", "Tank", "Department", "Army",
    };

    internal static readonly HashSet<string> ObjectMarkers = new(StringComparer.OrdinalIgnoreCase)
    {
        "with", "alongside", "met", "meet", "meeting", "and", "to", "by", "from", "of", "for", "against", "told", "called", "on", "at",
        "in", "the", "a", "an", "than", "like", "between", "urged", "thanked", "asked", "invited", "visited", "congratulated", "under",
    };
}
