namespace NewsGen.Extraction.Structure;

/// <summary>Counts words in the body paragraphs: runs of letters or digits, apostrophes and hyphens inside a word included.</summary>
public static class WordCounter
{
    private const int Other = 0;
    private const int LetterOrDigit = 1;
    private const int Joiner = 2;

    // The kind of each ASCII character, so counting takes no branch that depends on the text: a branch that changed
    // its way at every word boundary cost most of the count.
    private static readonly byte[] AsciiKinds = AsciiKindTable();

    /// <summary>The number of words in the body of <paramref name="structure"/>.</summary>
    public static int Count(ArticleStructure structure)
    {
        var count = 0;
        foreach (var paragraph in structure.Paragraphs)
        {
            count += Count(paragraph.Text);
        }

        return count;
    }

    /// <summary>The number of words in <paramref name="text"/>.</summary>
    public static int Count(string text)
    {
        // inWord is 1 inside a word and 0 outside: a word starts at a letter or digit outside one, and a joiner
        // (apostrophe, hyphen) keeps a word open without starting one.
        int count = 0, inWord = 0;
        foreach (var c in text)
        {
            var kind = c < AsciiKinds.Length ? AsciiKinds[c] : KindOf(c);
            var letterOrDigit = kind & LetterOrDigit;
            var joiner = (kind & Joiner) >> 1;
            count += letterOrDigit & ~inWord;
            inWord = letterOrDigit | (inWord & joiner);
        }

        return count;
    }

    private static int KindOf(char c) => char.IsLetterOrDigit(c) ? LetterOrDigit : c is '\'' or '\u2019' or '-' ? Joiner : Other;

    private static byte[] AsciiKindTable()
    {
        var kinds = new byte[128];
        for (var c = 0; c < kinds.Length; c++)
        {
            kinds[c] = (byte)KindOf((char)c);
        }

        return kinds;
    }
}
