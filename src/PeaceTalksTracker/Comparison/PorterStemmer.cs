using System.Runtime.CompilerServices;

namespace PeaceTalksTracker.Comparison;

/// <summary>
/// The Porter (1980) stemming algorithm for English, so "negotiations", "negotiating" and "negotiated" count as one
/// word when passages are compared. Expects a lower-case word of ASCII letters; anything else is returned as is.
/// </summary>
public static class PorterStemmer
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static string Stem(string word)
    {
        if (word.Length <= 2 || !IsLowerAscii(word))
        {
            return word;
        }

        var b = word.ToCharArray();
        var k = b.Length - 1;
        var state = new State(b, k);
        state.Step1Ab();
        if (state.K > 0)
        {
            state.Step1C();
            state.Step2();
            state.Step3();
            state.Step4();
            state.Step5();
        }

        return new string(b, 0, state.K + 1);
    }

    private static bool IsLowerAscii(string word)
    {
        foreach (var c in word)
        {
            if (c is < 'a' or > 'z')
            {
                return false;
            }
        }

        return true;
    }

    // The algorithm's own vocabulary: b is the buffer, k the end of the current word, j the end of the stem
    // when a suffix has just been matched by Ends().
    private sealed class State(char[] b, int k)
    {
        private int _j;

        public int K { get; private set; } = k;

        private bool IsConsonant(int i) => b[i] switch
        {
            'a' or 'e' or 'i' or 'o' or 'u' => false,
            'y' => i == 0 || !IsConsonant(i - 1),
            _ => true,
        };

        // m(), the number of vowel-consonant sequences between 0 and j.
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private int Measure()
        {
            var n = 0;
            var i = 0;
            while (true)
            {
                if (i > _j)
                {
                    return n;
                }

                if (!IsConsonant(i))
                {
                    break;
                }

                i++;
            }

            i++;
            while (true)
            {
                while (true)
                {
                    if (i > _j)
                    {
                        return n;
                    }

                    if (IsConsonant(i))
                    {
                        break;
                    }

                    i++;
                }

                i++;
                n++;
                while (true)
                {
                    if (i > _j)
                    {
                        return n;
                    }

                    if (!IsConsonant(i))
                    {
                        break;
                    }

                    i++;
                }

                i++;
            }
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private bool VowelInStem()
        {
            for (var i = 0; i <= _j; i++)
            {
                if (!IsConsonant(i))
                {
                    return true;
                }
            }

            return false;
        }

        private bool DoubleConsonant(int j) => j >= 1 && b[j] == b[j - 1] && IsConsonant(j);

        // cvc(i): consonant-vowel-consonant ending at i, the last not w, x or y (hop → hope, but not snow → snowe).
        private bool Cvc(int i)
        {
            if (i < 2 || !IsConsonant(i) || IsConsonant(i - 1) || !IsConsonant(i - 2))
            {
                return false;
            }

            return b[i] is not ('w' or 'x' or 'y');
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private bool Ends(string s)
        {
            var length = s.Length;
            if (length > K + 1)
            {
                return false;
            }

            for (var i = 0; i < length; i++)
            {
                if (b[K - length + 1 + i] != s[i])
                {
                    return false;
                }
            }

            _j = K - length;
            return true;
        }

        private void SetTo(string s)
        {
            for (var i = 0; i < s.Length; i++)
            {
                b[_j + 1 + i] = s[i];
            }

            K = _j + s.Length;
        }

        private void ReplaceIfMeasured(string s)
        {
            if (Measure() > 0)
            {
                SetTo(s);
            }
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public void Step1Ab()
        {
            if (b[K] == 's')
            {
                if (Ends("sses"))
                {
                    K -= 2;
                }
                else if (Ends("ies"))
                {
                    SetTo("i");
                }
                else if (b[K - 1] != 's')
                {
                    K--;
                }
            }

            if (Ends("eed"))
            {
                if (Measure() > 0)
                {
                    K--;
                }
            }
            else if ((Ends("ed") || Ends("ing")) && VowelInStem())
            {
                K = _j;
                if (Ends("at"))
                {
                    SetTo("ate");
                }
                else if (Ends("bl"))
                {
                    SetTo("ble");
                }
                else if (Ends("iz"))
                {
                    SetTo("ize");
                }
                else if (DoubleConsonant(K))
                {
                    K--;
                    if (b[K] is 'l' or 's' or 'z')
                    {
                        K++;
                    }
                }
                else if (Measure() == 1 && Cvc(K))
                {
                    _j = K;
                    SetTo("e");
                }
            }
        }

        public void Step1C()
        {
            if (Ends("y") && VowelInStem())
            {
                b[K] = 'i';
            }
        }

        // Step 2 maps double suffixes to single ones, step 3 strips -ic-, -full, -ness…, each only when the stem
        // has a measure above 0. Porter switches on a letter of the word before trying a group's suffixes; a suffix
        // that matches has that letter, so trying every rule in the paper's order finds the same one.
        private static readonly (string Suffix, string Replacement)[] Step2Rules =
        [
            ("ational", "ate"), ("tional", "tion"), ("enci", "ence"), ("anci", "ance"), ("izer", "ize"), ("bli", "ble"),
            ("alli", "al"), ("entli", "ent"), ("eli", "e"), ("ousli", "ous"), ("ization", "ize"), ("ation", "ate"),
            ("ator", "ate"), ("alism", "al"), ("iveness", "ive"), ("fulness", "ful"), ("ousness", "ous"), ("aliti", "al"),
            ("iviti", "ive"), ("biliti", "ble"), ("logi", "log"),
        ];

        private static readonly (string Suffix, string Replacement)[] Step3Rules =
        [
            ("icate", "ic"), ("ative", ""), ("alize", "al"), ("iciti", "ic"), ("ical", "ic"), ("ful", ""), ("ness", ""),
        ];

        public void Step2()
        {
            if (K >= 1)
            {
                ApplyFirst(Step2Rules);
            }
        }

        public void Step3() => ApplyFirst(Step3Rules);

        private void ApplyFirst((string Suffix, string Replacement)[] rules)
        {
            foreach (var (suffix, replacement) in rules)
            {
                if (Ends(suffix))
                {
                    ReplaceIfMeasured(replacement);
                    return;
                }
            }
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public void Step4()
        {
            if (K < 1)
            {
                return;
            }

            var matched = b[K - 1] switch
            {
                'a' => Ends("al"),
                'c' => Ends("ance") || Ends("ence"),
                'e' => Ends("er"),
                'i' => Ends("ic"),
                'l' => Ends("able") || Ends("ible"),
                'n' => Ends("ant") || Ends("ement") || Ends("ment") || Ends("ent"),
                'o' => (Ends("ion") && _j >= 0 && b[_j] is 's' or 't') || Ends("ou"),
                's' => Ends("ism"),
                't' => Ends("ate") || Ends("iti"),
                'u' => Ends("ous"),
                'v' => Ends("ive"),
                'z' => Ends("ize"),
                _ => false,
            };
            if (matched && Measure() > 1)
            {
                K = _j;
            }
        }

        public void Step5()
        {
            _j = K;
            if (b[K] == 'e')
            {
                var measure = Measure();
                if (measure > 1 || (measure == 1 && !Cvc(K - 1)))
                {
                    K--;
                }
            }

            if (b[K] == 'l' && DoubleConsonant(K) && Measure() > 1)
            {
                K--;
            }
        }
    }
}
