using System.Buffers;
using System.Buffers.Binary;
using System.Runtime.Intrinsics;
using System.Security.Cryptography;
using System.Text;

namespace PeaceTalksTracker.Intake.Cleaning;

/// <summary>
/// What duplicate detection compares, computed once per article from its cleaned body: the hash of the body's words
/// (letters and digits, lower case, junk already gone, so whitespace and site furniture do not matter) for the same
/// text, and a MinHash signature of its five-word shingles for a near copy. The signature's 128 values estimate the
/// share of shingles two texts have in common (Jaccard) without either text; its 16 bands of 8 values are the keys a
/// store indexes, so finding candidates is a lookup, not a scan: two texts sharing 90% of shingles share a band with
/// probability 0.9999, texts sharing 50% with 0.06.
/// </summary>
public sealed class TextFingerprint
{
    public const int Hashes = 128;
    public const int Bands = 16;
    public const int RowsPerBand = Hashes / Bands;
    private const int ShingleWords = 5;

    /// <summary>Below this many words a text is too short to call two copies the same story (title-only wires, stubs).</summary>
    public const int MinWords = 40;

    private static readonly ulong[] Seeds = MakeSeeds();
    private static readonly Vector256<ulong>[] SeedLanes = [.. Enumerable.Range(0, Hashes / 4).Select(v => Vector256.Create(Seeds.AsSpan(v * 4, 4)))];

    private TextFingerprint(string textHash, uint[] signature, int words)
    {
        TextHash = textHash;
        Signature = signature;
        Words = words;
    }

    public string TextHash { get; }
    public IReadOnlyList<uint> Signature { get; }
    public int Words { get; }

    /// <summary>Whether the text is long enough to be compared at all.</summary>
    public bool IsComparable => Words >= MinWords;

    public static TextFingerprint Of(IEnumerable<string> paragraphs)
    {
        // The body's words, lower case, joined by single spaces, in one pooled buffer with each word's offsets: no
        // string per word (this runs on every article imported, and those strings were most of what it allocated).
        var texts = paragraphs as IReadOnlyList<string> ?? [.. paragraphs];
        var capacity = 1;
        foreach (var paragraph in texts)
        {
            capacity += paragraph.Length + 1;
        }

        var buffer = ArrayPool<char>.Shared.Rent(capacity);
        // A word is at least one character and a space, so the pairs of offsets fit in as many ints as characters.
        var bounds = ArrayPool<int>.Shared.Rent(capacity + 1);
        try
        {
            var length = 0;
            var count = 0;
            foreach (var paragraph in texts)
            {
                var inWord = false;
                foreach (var c in paragraph)
                {
                    if (char.IsLetterOrDigit(c))
                    {
                        if (!inWord)
                        {
                            if (length > 0)
                            {
                                buffer[length++] = ' ';
                            }

                            bounds[2 * count] = length;
                            inWord = true;
                        }

                        buffer[length++] = char.ToLowerInvariant(c);
                    }
                    else if (inWord)
                    {
                        bounds[(2 * count++) + 1] = length;
                        inWord = false;
                    }
                }

                if (inWord)
                {
                    bounds[(2 * count++) + 1] = length;
                }
            }

            return Of(buffer.AsSpan(0, length), bounds.AsSpan(0, 2 * count));
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
            ArrayPool<int>.Shared.Return(bounds);
        }
    }

    /// <summary>The fingerprint of the joined words, given with each word's start and end.</summary>
    private static TextFingerprint Of(ReadOnlySpan<char> text, ReadOnlySpan<int> bounds)
    {
        var utf8 = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(text.Length));
        Span<byte> digest = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(utf8.AsSpan(0, Encoding.UTF8.GetBytes(text, utf8)), digest);
        ArrayPool<byte>.Shared.Return(utf8);
        // The first 32 hex digits of the SHA-256 of the joined words.
        var hash = Convert.ToHexStringLower(digest[..16]);
        // The 128 hashes of a shingle are computed four at a time (the same SplitMix64 per lane, so the same signature
        // as one at a time): this loop was most of the fingerprint's cost, itself a tenth of an import's preparation.
        Span<Vector256<ulong>> minima = stackalloc Vector256<ulong>[Hashes / 4];
        minima.Fill(Vector256.Create((ulong)uint.MaxValue));
        var words = bounds.Length / 2;
        for (var i = 0; i + ShingleWords <= words; i++)
        {
            var shingle = 14695981039346656037UL;
            for (var w = i; w < i + ShingleWords; w++)
            {
                foreach (var c in text[bounds[2 * w]..bounds[(2 * w) + 1]])
                {
                    shingle = (shingle ^ c) * 1099511628211UL;
                }

                shingle = (shingle ^ ' ') * 1099511628211UL;
            }

            var lanes = Vector256.Create(shingle);
            for (var v = 0; v < minima.Length; v++)
            {
                minima[v] = Vector256.Min(minima[v], Mix(lanes ^ SeedLanes[v]) & Vector256.Create((ulong)uint.MaxValue));
            }
        }

        var signature = new uint[Hashes];
        for (var h = 0; h < Hashes; h++)
        {
            signature[h] = (uint)minima[h / 4][h % 4];
        }

        return new TextFingerprint(hash, signature, words);
    }

    /// <summary>The signature as stored (little-endian bytes).</summary>
    public byte[] SignatureBytes()
    {
        var bytes = new byte[Hashes * 4];
        for (var i = 0; i < Hashes; i++)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(i * 4), Signature[i]);
        }

        return bytes;
    }

    /// <summary>The index keys: one per band, the band's number mixed with its values.</summary>
    public long[] BandKeys()
    {
        var keys = new long[Bands];
        for (var b = 0; b < Bands; b++)
        {
            var key = (ulong)(b + 1) * 0x9E3779B97F4A7C15UL;
            for (var r = 0; r < RowsPerBand; r++)
            {
                key = Mix(key ^ Signature[(b * RowsPerBand) + r]);
            }

            keys[b] = (long)key;
        }

        return keys;
    }

    /// <summary>The estimated share of shingles two texts have in common, from their stored signatures.</summary>
    public double Similarity(byte[] stored)
    {
        if (stored.Length != Hashes * 4)
        {
            return 0;
        }

        var same = 0;
        for (var i = 0; i < Hashes; i++)
        {
            same += BinaryPrimitives.ReadUInt32LittleEndian(stored.AsSpan(i * 4)) == Signature[i] ? 1 : 0;
        }

        return same / (double)Hashes;
    }

    /// <summary>The estimated share of shingles two texts have in common.</summary>
    public double Similarity(TextFingerprint other)
    {
        var same = 0;
        for (var i = 0; i < Hashes; i++)
        {
            same += other.Signature[i] == Signature[i] ? 1 : 0;
        }

        return same / (double)Hashes;
    }

    // SplitMix64's finaliser: a cheap, well-spread 64-bit mix.
    private static ulong Mix(ulong x)
    {
        x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9UL;
        x = (x ^ (x >> 27)) * 0x94D049BB133111EBUL;
        return x ^ (x >> 31);
    }

    private static Vector256<ulong> Mix(Vector256<ulong> x)
    {
        x = (x ^ Vector256.ShiftRightLogical(x, 30)) * Vector256.Create(0xBF58476D1CE4E5B9UL);
        x = (x ^ Vector256.ShiftRightLogical(x, 27)) * Vector256.Create(0x94D049BB133111EBUL);
        return x ^ Vector256.ShiftRightLogical(x, 31);
    }

    private static ulong[] MakeSeeds()
    {
        var seeds = new ulong[Hashes];
        var state = 0x5EED5EED5EED5EEDUL;
        for (var i = 0; i < Hashes; i++)
        {
            state += 0x9E3779B97F4A7C15UL;
            seeds[i] = Mix(state);
        }

        return seeds;
    }
}
