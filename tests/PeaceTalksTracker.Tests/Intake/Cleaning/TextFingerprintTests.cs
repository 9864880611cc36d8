using PeaceTalksTracker.Intake.Cleaning;

namespace PeaceTalksTracker.Tests.Intake.Cleaning;

public sealed class TextFingerprintTests
{
    private static readonly string[] Paragraphs =
    [
        "Delegations from Kyiv and Moscow met for a second day in Geneva, officials said on Wednesday, with US envoys in the room.",
        "Ukraine will not cede the rest of Donetsk, President Zelensky said, while the Kremlin repeated that it wants the whole region.",
        "Aid groups said the front-line towns had gone without power for a week; 396 drones were launched overnight.",
    ];

    [Fact]
    public void The_signature_is_the_minimum_of_each_of_the_128_hashes_over_the_five_word_shingles()
    {
        var fingerprint = TextFingerprint.Of(Paragraphs);

        // Stored signatures must not change with how they are computed: a store's old fingerprints are compared with new ones.
        Assert.Equal(Reference(Paragraphs), fingerprint.Signature);
    }

    [Fact]
    public void Copies_of_a_text_have_the_same_fingerprint_and_a_changed_top_keeps_most_of_the_signature()
    {
        var copy = TextFingerprint.Of(Paragraphs.Select(p => "  " + p.ToUpperInvariant() + " "));
        var retopped = TextFingerprint.Of(Paragraphs.Prepend("Updated with the latest from Geneva."));
        var original = TextFingerprint.Of(Paragraphs);

        Assert.Equal(original.TextHash, copy.TextHash);
        Assert.Equal(1.0, original.Similarity(copy));
        Assert.NotEqual(original.TextHash, retopped.TextHash);
        Assert.InRange(original.Similarity(retopped), 0.7, 0.99);
        Assert.Equal(original.Similarity(retopped), original.Similarity(retopped.SignatureBytes()));
    }

    /// <summary>The MinHash written out one hash at a time, as the first version computed it.</summary>
    private static uint[] Reference(IEnumerable<string> paragraphs)
    {
        var words = paragraphs.SelectMany(p => new string([.. p.Select(c => char.IsLetterOrDigit(c) ? c : ' ')]).Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Select(w => w.ToLowerInvariant()).ToList();
        var seeds = new ulong[TextFingerprint.Hashes];
        var state = 0x5EED5EED5EED5EEDUL;
        for (var i = 0; i < seeds.Length; i++)
        {
            state += 0x9E3779B97F4A7C15UL;
            seeds[i] = Mix(state);
        }

        var signature = Enumerable.Repeat(uint.MaxValue, TextFingerprint.Hashes).ToArray();
        for (var i = 0; i + 5 <= words.Count; i++)
        {
            var shingle = 14695981039346656037UL;
            foreach (var word in words.Skip(i).Take(5))
            {
                foreach (var c in word)
                {
                    shingle = (shingle ^ c) * 1099511628211UL;
                }

                shingle = (shingle ^ ' ') * 1099511628211UL;
            }

            for (var h = 0; h < signature.Length; h++)
            {
                signature[h] = Math.Min(signature[h], (uint)Mix(shingle ^ seeds[h]));
            }
        }

        return signature;
    }

    private static ulong Mix(ulong x)
    {
        x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9UL;
        x = (x ^ (x >> 27)) * 0x94D049BB133111EBUL;
        return x ^ (x >> 31);
    }
}
