using System;
using System.Text.RegularExpressions;
using NewsGen.Extraction.Model;
using NewsGen.Extraction.Text;

namespace NewsGen.Extraction.Structure;

/// <summary>
/// Recognizes a photo caption block: a leading label (<c>File photo.</c>, <c>Photo:</c>, <c>Pictured:</c> …) and/or a
/// trailing credit (<c>[Handout photo, Agency]</c>, <c>(Photo: X)</c>, <c>Photo credit: X</c>, <c>Credit: X</c>,
/// <c>AGENCY/Name</c>, <c>… . / X</c>). A bracketed credit alone only counts when it says it is a photo credit,
/// because prose can end in brackets too.
/// </summary>
public static class PhotoCaptionReader
{
    // Tried on every block, so compiled once they have read enough text (AdaptiveRegex).
    private const RegexOptions Options = RegexOptions.CultureInvariant;
    private const int MaxCaptionWords = 100;

    /// <summary>Also bounds the work of the credit patterns, which scan from every position of the block.</summary>
    private const int MaxCaptionLength = 1000;

    private static readonly AdaptiveRegex Label = new(
        @"\A(?:(?:(?:file|handout|archive|stock|main|top|lead|featured|cover)\s+)?(?:photo(?:graph)?|image|picture|pic|caption)(?:\s+caption)?\s*[.:|–—-]" +
        @"|pictured(?:\s+(?:above|below|left|right|here|top))?\s*[:.,–—-]" +
        @"|(?:above|below|top|left|right|inset)\s*:)\s*",
        Options | RegexOptions.IgnoreCase);

    private static readonly AdaptiveRegex BracketedCredit = new(@"\s*\[(?<credit>[^\[\]]{1,120})\]\z", Options);

    private static readonly AdaptiveRegex PhotoWord = new(@"\b(?:photo\w*|image|picture|pic|credit|courtesy|handout|file)\b", Options | RegexOptions.IgnoreCase);

    private static readonly AdaptiveRegex InnerLabel = new(@"\A(?:photo(?:graph)?|image|picture|pic)(?:\s+credit)?\s*:\s*", Options | RegexOptions.IgnoreCase);

    private static readonly AdaptiveRegex StrongCredit = new(
        @"(?:\s*\((?:(?:photo(?:graph)?|image|picture|pic)(?:\s+credit)?\s*(?::|\s+by\b)|credit\s*:|courtesy(?:\s+of)?\s*:?)\s*(?<credit>[^()]{1,120})\)" +
        @"|(?:(?<=[.!?""”’)\]])\s+|\s+[|–—-]\s+)(?:(?:photo(?:graph)?|image|picture|pic)(?:\s+credit)?\s*(?::|\s+by\b)|credit\s*:|courtesy(?:\s+of)?\s*:?)\s*(?<credit>[^.!?|]{1,120}?)\.?" +
        @"|(?<=[.!?""”’)])\s+/\s+(?<credit>[^/.!?]{1,80}?)\.?)\s*\z",
        Options | RegexOptions.IgnoreCase);

    private static readonly AdaptiveRegex AgencySlashCredit = new(
        @"(?<=[.!?""”’)])\s+(?<credit>[A-Z][A-Z&.\-]+(?:\s+[A-Z][A-Z&.\-]+)*\s?/\s?[A-Z][\w.'\-]*(?:\s+[A-Z][\w.'\-]*){0,3})\.?\s*\z",
        Options);

    // A word every strong credit holds (or the slash of "… . / X"), found by one fast literal search with the same
    // case rules, so the credit patterns, which try every position of a block, run only on blocks that have one.
    private static readonly AdaptiveRegex CreditCue = new(@"photo|image|pic|credit|courtesy|/", Options | RegexOptions.IgnoreCase);

    private static readonly char[] SentenceStops = ['.', '!', '?'];

    private static readonly AdaptiveRegex LabelledSlashCredit = new(@"\s+/\s+(?<credit>[^/]{1,80}?)\.?\s*\z", Options);

    /// <summary>The photo <paramref name="block"/> describes, or null when it is not a caption.</summary>
    public static Photo? TryRead(TextBlock block)
    {
        var text = block.Text;
        if (text.Length > MaxCaptionLength)
        {
            return null;
        }

        // Few blocks have a label or a credit, which is told without counting their words.
        var label = Label.Match(text);
        var captionStart = label.Success ? label.Length : 0;
        var credit = FindCredit(text, label.Success);
        if ((!label.Success && credit is null) || WordCounter.Count(text) > MaxCaptionWords)
        {
            return null;
        }

        var captionEnd = credit?.Index ?? text.Length;
        if (captionEnd < captionStart)
        {
            return null;
        }

        while (captionStart < captionEnd && char.IsWhiteSpace(text[captionStart]))
        {
            captionStart++;
        }

        while (captionEnd > captionStart && char.IsWhiteSpace(text[captionEnd - 1]))
        {
            captionEnd--;
        }

        var creditText = credit is null ? string.Empty : CleanCredit(credit.Groups["credit"].Value);
        return new Photo(text.Substring(captionStart, captionEnd - captionStart), creditText, block.Start + captionStart);
    }

    private static Match? FindCredit(string text, bool labelled)
    {
        if (text.EndsWith("]", StringComparison.Ordinal) && BracketedCredit.Match(text) is { Success: true } bracketed
            && (labelled || PhotoWord.IsMatch(bracketed.Groups["credit"].Value)))
        {
            return bracketed;
        }

        if (CreditCue.IsMatch(text, StrongCreditCueFrom(text)) && StrongCredit.Match(text) is { Success: true } strong)
        {
            return strong;
        }

        if (text.IndexOf('/') < 0)
        {
            return null;
        }

        var agency = AgencySlashCredit.Match(text);
        if (agency.Success)
        {
            return agency;
        }

        var slash = labelled ? LabelledSlashCredit.Match(text) : null;
        return slash is { Success: true } ? slash : null;
    }

    /// <summary>
    /// Where the cue of a strong credit (<see cref="CreditCue"/>) can start. The credit runs to the end of the block
    /// and holds no sentence stop but a final full stop, so its cue follows the last stop before that; a bracketed
    /// credit may hold stops, and its cue follows the last opening bracket.
    /// </summary>
    internal static int StrongCreditCueFrom(string text)
    {
        var end = text.Length;
        while (end > 0 && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        var endsInBracket = end > 0 && text[end - 1] == ')';
        if (end > 0 && text[end - 1] == '.')
        {
            end--;
        }

        var afterStop = end == 0 ? 0 : text.LastIndexOfAny(SentenceStops, end - 1) + 1;
        return endsInBracket ? Math.Min(afterStop, text.LastIndexOf('(') + 1) : afterStop;
    }

    private static string CleanCredit(string credit)
    {
        credit = credit.Trim();
        return credit.Substring(InnerLabel.Match(credit).Length).TrimEnd('.', ' ');
    }
}
