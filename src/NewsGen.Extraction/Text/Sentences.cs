using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace NewsGen.Extraction.Text;

/// <summary>
/// A light sentence splitter: a sentence ends at <c>. ! ?</c> (plus closing quotes) followed by white space and a
/// capital, digit or opening quote, except after an initial (<c>M.</c>) or a common abbreviation (<c>Gen.</c>,
/// <c>Mr.</c>).
/// </summary>
public static class Sentences
{
    private static readonly Regex Boundary = new(
        @"(?<![\s(\[][A-Z])(?<!\b(?:Mr|Mrs|Ms|Dr|Gen|Lt|Col|Capt|Sgt|Adm|Cmdr|Maj|Gov|Sen|Rep|Rev|Prof|St|Jr|Sr|No|Vs|vs|Mt|Ft|Inc|Co|Corp|Ltd|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec))[.!?]+[""'’”)\]]*(?=\s+[""'‘“(\[]?[\p{Lu}\p{N}])",
        RegexOptions.CultureInvariant | RegexOptions.Compiled);

    /// <summary>The sentences of <paramref name="text"/> as <c>[Start, End)</c> ranges, in order.</summary>
    public static List<(int Start, int End)> In(string text)
    {
        var sentences = new List<(int, int)>();
        var start = 0;
        for (var match = Boundary.Match(text); match.Success; match = match.NextMatch())
        {
            var end = match.Index + match.Length;
            sentences.Add((start, end));
            start = end;
            while (start < text.Length && char.IsWhiteSpace(text[start]))
            {
                start++;
            }
        }

        if (start < text.Length)
        {
            sentences.Add((start, text.Length));
        }

        return sentences;
    }
}
