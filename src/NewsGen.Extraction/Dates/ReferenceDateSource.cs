using System.Text.RegularExpressions;
using NewsGen.Extraction.Model;
using NewsGen.Extraction.Structure;

namespace NewsGen.Extraction.Dates;

/// <summary>
/// The publication date when the file states it: item metadata first, then front matter, then a
/// <c>YYYY-MM-DD</c> in the file name.
/// </summary>
public static class ReferenceDateSource
{
    private static readonly Regex DateInName = new(@"(?<!\d)(\d{4}-\d{2}-\d{2})(?!\d)", RegexOptions.CultureInvariant);

    /// <summary>The stated publication date, or null.</summary>
    public static CalendarDate? Find(ArticleSource source, FrontMatter frontMatter)
    {
        if (source.PublishedOverride is { Length: > 0 } metadata && CalendarDate.TryParseIso(metadata) is { } fromMetadata)
        {
            return fromMetadata;
        }

        if (frontMatter["published"] is { } entry && CalendarDate.TryParseIso(entry.Value) is { } fromFrontMatter)
        {
            return fromFrontMatter;
        }

        var match = DateInName.Match(System.IO.Path.GetFileName(source.Path));
        return match.Success ? CalendarDate.TryParseIso(match.Groups[1].Value) : null;
    }
}
