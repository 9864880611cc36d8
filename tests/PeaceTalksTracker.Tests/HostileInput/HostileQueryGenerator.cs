using System.Text;

namespace PeaceTalksTracker.Tests.HostileInput;

/// <summary>
/// Deterministic generator of nasty search strings and raw query strings: FTS5 operators and column filters,
/// unbalanced quotes and parentheses, unicode, right-to-left text, emoji, control characters, invalid UTF-8
/// and very long inputs. Seeded, so a failure names an input that reproduces.
/// </summary>
public sealed class HostileQueryGenerator(int seed)
{
    private static readonly string[] Words =
    [
        "peace", "talks", "Ukraine", "Russia", "ceasefire", "security guarantees", "Zelensky", "Putin", "NATO", "Київ",
        "Москва", "переговори", "sécurité", "Verhandlungen", "和平", "مفاوضات", "שלום", "🕊️", "👨‍👩‍👧", "ﬁnal",
        "e\u0301", "İstanbul", "ß", "a", "the", "ok",
    ];

    private static readonly string[] Operators =
    [
        "AND", "OR", "NOT", "NEAR", "NEAR(", "NEAR(peace talks, 2)", "NEAR(a b, -1)", "NEAR(a b, 99999999999)", "*", "^", "+", "-",
        "\"", "'", "(", ")", "((", "))", ":", "Title:", "Text:", "Heading:", "{Title Heading}:", "{nope}:", "ParagraphSearch:",
        "rowid:", "-Title:", "MATCH", "';--", "\"; DROP TABLE Articles; --", "%", "_", "\\", "/", "&", "=", "#", "?", "<script>",
        "</mark>", "<mark>", "{", "}", "[", "]", "NEAR/3", "\"\"", "''", "*peace", "peace*", "p*e*a*c*e", "\0", "\u0001", "\u007f",
        "\u0085", "\u2028", "\u202e", "\u200b", "\ufeff", "\ufffd", "\t", "\r\n", " ", "   ",
    ];

    private readonly Random _random = new(seed);

    /// <summary>A search phrase as a person (or an attacker) might type or paste it.</summary>
    public string NextPhrase()
    {
        var roll = _random.Next(100);
        if (roll < 2)
        {
            return Repeat(Pick(Words) + " ", 100 * 1024);
        }

        if (roll < 4)
        {
            return Repeat(Pick(Operators), 10 * 1024);
        }

        if (roll < 6)
        {
            return new string(Enumerable.Range(0, _random.Next(1, 200)).Select(_ => (char)_random.Next(0, 0x3000)).Where(c => !char.IsSurrogate(c)).ToArray());
        }

        var builder = new StringBuilder();
        var tokens = _random.Next(0, 12);
        for (var i = 0; i < tokens; i++)
        {
            builder.Append(_random.Next(3) == 0 ? Pick(Operators) : Pick(Words));
            if (_random.Next(4) != 0)
            {
                builder.Append(' ');
            }
        }

        return builder.ToString();
    }

    /// <summary>The phrase percent-encoded as UTF-8; now and then with raw invalid UTF-8 bytes or a bare '%' mixed in.</summary>
    public string Encode(string phrase)
    {
        var encoded = new StringBuilder(Uri.EscapeDataString(phrase));
        var roll = _random.Next(20);
        if (roll == 0)
        {
            encoded.Insert(_random.Next(encoded.Length + 1), "%FF%FE%C0%80");
        }
        else if (roll == 1)
        {
            encoded.Append("%E2%82");
        }
        else if (roll == 2)
        {
            encoded.Append("%zz%");
        }

        return encoded.ToString();
    }

    private string Pick(string[] items) => items[_random.Next(items.Length)];

    private static string Repeat(string unit, int length)
    {
        var builder = new StringBuilder(length + unit.Length);
        while (builder.Length < length)
        {
            builder.Append(unit);
        }

        return builder.ToString(0, length);
    }
}
