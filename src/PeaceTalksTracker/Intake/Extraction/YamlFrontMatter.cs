using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace PeaceTalksTracker.Intake.Extraction;

/// <summary>
/// Reads the flat scalar values of a YAML front matter from YamlDotNet's event stream. Nothing is built from the
/// document, so a hostile one cannot slow the import: an alias is never expanded (it is a note), nested mappings and
/// lists are skipped event by event, and a value longer than <see cref="MaxValueLength"/> is ignored.
/// </summary>
internal static class YamlFrontMatter
{
    public const int MaxValueLength = 10_000;

    /// <summary>The key/value pairs, or null when the text is not valid YAML (the caller falls back to reading lines).</summary>
    /// <exception cref="FormatException">The YAML's top is a list or a single value rather than a mapping.</exception>
    public static Dictionary<string, string>? Read(string yaml, List<string> notes)
    {
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var parser = new Parser(new StringReader(yaml));
        var depth = 0;
        string? key = null;
        var skipValue = false;
        try
        {
            while (parser.MoveNext())
            {
                switch (parser.Current)
                {
                    case StreamStart or DocumentStart:
                        break;
                    case DocumentEnd or StreamEnd:
                        return values;
                    case MappingStart when depth == 0:
                        depth = 1;
                        break;
                    case Scalar { Value.Length: 0 } when depth == 0:
                        // An empty front matter block.
                        break;
                    case SequenceStart or Scalar when depth == 0:
                        throw new FormatException("front matter is not a mapping of keys to values (it is a list or a single value)");
                    case Scalar scalar when depth == 1:
                        if (key is null && !skipValue)
                        {
                            key = scalar.Value.Trim();
                        }
                        else if (skipValue)
                        {
                            skipValue = false;
                        }
                        else
                        {
                            Add(values, notes, key!, scalar.Value);
                            key = null;
                        }

                        break;
                    case AnchorAlias when depth == 1:
                        if (key is not null)
                        {
                            notes.Add($"front matter: '{Shown(key)}' is an alias; ignored");
                            key = null;
                        }
                        else
                        {
                            skipValue = true;
                        }

                        break;
                    case MappingStart or SequenceStart when depth == 1:
                        if (key is not null)
                        {
                            notes.Add($"front matter: '{Shown(key)}' holds a nested value; ignored");
                            key = null;
                        }
                        else
                        {
                            // A complex key: skip it and the value after it.
                            skipValue = true;
                        }

                        depth++;
                        break;
                    case MappingStart or SequenceStart:
                        depth++;
                        break;
                    case MappingEnd or SequenceEnd:
                        depth--;
                        break;
                }
            }
        }
        catch (YamlException ex)
        {
            notes.Add($"front matter is not valid YAML (line {ex.Start.Line}): read as key: value lines");
            return null;
        }

        return values;
    }

    private static void Add(Dictionary<string, string> values, List<string> notes, string key, string value)
    {
        if (value.Length > MaxValueLength)
        {
            notes.Add($"front matter: '{Shown(key)}' is {value.Length:N0} characters long; ignored");
            return;
        }

        values[key] = value.Trim();
    }

    private static string Shown(string key) => key.Length > 40 ? key[..40] + "…" : key;
}
