using System.Collections.Generic;
using NewsGen.Extraction.Model;
using NewsGen.Extraction.Structure;

namespace NewsGen.Extraction.Validation.Checks;

/// <summary>
/// NG0002: the first line is taken as the headline, so it must read as one. It does not when it is longer than
/// <see cref="MaxCharacters"/> characters or <see cref="MaxWords"/> words (a lead paragraph rather than a headline),
/// or when it breaks off with a comma, colon or dash (the start of a sentence or a dateline).
/// </summary>
public static class TitleCheck
{
    /// <summary>The longest first line, in characters, that still reads as a headline.</summary>
    public const int MaxCharacters = 150;

    /// <summary>The most words a first line may have and still read as a headline.</summary>
    public const int MaxWords = 25;

    /// <summary>At most one diagnostic, on the first line.</summary>
    public static List<ContentDiagnostic> Run(ValidationInput input)
    {
        var found = new List<ContentDiagnostic>();
        var title = input.Structure.Title;
        if (title.Length == 0 || Reason(title) is not { } reason)
        {
            return found;
        }

        found.Add(DiagnosticCatalog.MissingTitle.Create(
            input.Document.Path,
            input.Document.Span(input.Structure.TitleStart, title.Length),
            System.IO.Path.GetFileName(input.Document.Path),
            Excerpt.Of(title),
            reason));

        return found;
    }

    /// <summary>Why <paramref name="firstLine"/> is not a headline, or null when it is one.</summary>
    public static string? Reason(string firstLine)
    {
        var trimmed = firstLine.Trim();
        if (trimmed.Length > MaxCharacters)
        {
            return $"it has {trimmed.Length} characters, more than {MaxCharacters}";
        }

        var words = WordCounter.Count(trimmed);
        if (words > MaxWords)
        {
            return $"it has {words} words, more than {MaxWords}";
        }

        var last = trimmed[trimmed.Length - 1];
        return last is ',' or ':' or '-' or '\u2013' or '\u2014' ? $"it ends with '{last}'" : null;
    }
}
