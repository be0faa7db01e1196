using NewsGen.Extraction.Model;

namespace NewsGen.Extraction.Validation;

/// <summary>
/// Rejects files that cannot be articles at all before any extraction, in this order: too large (NG4003), binary
/// (NG4002, a NUL character), not valid UTF-8 (NG4001), empty or whitespace only (NG0001).
/// Binary comes before encoding because binary files are rarely valid UTF-8 and "binary" is the better explanation.
/// </summary>
public static class FileScreening
{
    private static readonly SourceSpan Origin = new(0, 0, 0, 0, 0, 0);

    /// <summary>The reason to skip <paramref name="source"/>, or null when it can be extracted.</summary>
    public static ContentDiagnostic? Screen(ArticleSource source, ExtractionOptions options)
    {
        var name = System.IO.Path.GetFileName(source.Path);
        if (source.Text.Length > options.MaxFileSize)
        {
            return DiagnosticCatalog.FileTooLarge.Create(source.Path, Origin, name, source.Text.Length, options.MaxFileSize);
        }

        if (source.Text.IndexOf('\0') >= 0)
        {
            return DiagnosticCatalog.BinaryFile.Create(source.Path, Origin, name);
        }

        if (!source.IsValidUtf8)
        {
            return DiagnosticCatalog.InvalidEncoding.Create(source.Path, Origin, name);
        }

        if (string.IsNullOrWhiteSpace(source.Text))
        {
            return DiagnosticCatalog.EmptyArticle.Create(source.Path, Origin, name);
        }

        return null;
    }
}
