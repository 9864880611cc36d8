using System.Collections.Frozen;

namespace PeaceTalksTracker.Comparison;

/// <summary>
/// How much a term counts before rarity is taken into account: the topic's own vocabulary (Ukraine, Russia, talks,
/// peace, war…), which every article on this subject uses, counts for little; numbers and names count for more,
/// because they pin a passage to one fact.
/// </summary>
public static class TermWeights
{
    /// <summary>Weight of a word every article about the peace talks uses.</summary>
    public const double Topic = 0.15;

    /// <summary>Weight of the generic vocabulary of political news ("position", "seek", "expect").</summary>
    public const double Generic = 0.4;

    /// <summary>Weight of a stakeholder name: telling, but common in this coverage.</summary>
    public const double Actor = 0.5;

    /// <summary>Weight of an ordinary content word.</summary>
    public const double Content = 1.0;

    /// <summary>Weight of a number of two digits or more, and of a named person or place that is not a stakeholder.</summary>
    public const double Fact = 1.5;

    // Stems (after folding) of the words any article on the peace talks uses: shared, they say nothing about the point.
    private static readonly FrozenSet<string> TopicStems = (
        "ukrain ukrainian russia russian talk peac war negoti conflict diplomat diplomaci side parti countri " +
        "nation intern global world effort process discuss dialogu meet round leader offici govern state polit polici " +
        "presid kremlin kyiv kiev moscow putin zelenski zelenskyi zelenskyy continu remain ongo current year time " +
        "issu situat develop report analyst expert invas invad aggress militari forc")
        .Split(' ', StringSplitOptions.RemoveEmptyEntries).ToFrozenSet(StringComparer.Ordinal);

    // Stems of the words political reporting uses whatever the point ("seeks to strengthen its position", "managing
    // expectations"): sharing them is weak evidence that two passages say the same thing.
    private static readonly FrozenSet<string> GenericStems = (
        "posit action seek expect manag build show path view strateg appear potenti influenc lead support pressur face " +
        "risk kei serv futur long term across extend outcom result progress goal approach role move make take need want " +
        "point part way mean sign signal chang increas reduc larg high low great major signific import possibl clear " +
        "strong stronger ground hand move concern interest power effect impact implic context focus level stage " +
        "todai yesterdai week month dai ago januari februari march april mai june juli august septemb octob novemb decemb percent")
        .Split(' ', StringSplitOptions.RemoveEmptyEntries).ToFrozenSet(StringComparer.Ordinal);

    // Codebook actors that are not the two belligerents: naming them is a signal, but a modest one.
    private static readonly FrozenSet<string> ActorStems = (
        "usa washington american europ european eu nato un china chines turkei turkish britain british uk canada australia " +
        "trump biden rubio witkoff erdogan xi")
        .Split(' ', StringSplitOptions.RemoveEmptyEntries).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>How much a stem counts before rarity is taken into account.</summary>
    public static double Prior(string stem) =>
        TopicStems.Contains(stem) ? Topic
        : GenericStems.Contains(stem) ? Generic
        : ActorStems.Contains(stem) ? Actor
        : Content;
}
