using NewsGen.Extraction.Model;

namespace NewsGen.Extraction.Structure;

/// <summary>Counts words in the body paragraphs: runs of letters or digits, apostrophes and hyphens inside a word included.</summary>
public static class WordCounter
{
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
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var wordChar = char.IsLetterOrDigit(c) || (inWord && (c == '\'' || c == '\u2019' || c == '-'));
            if (wordChar && !inWord)
            {
                count++;
            }

            inWord = wordChar;
        }

        return count;
    }
}
