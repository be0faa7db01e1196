using NewsGen.Extraction.Model;

namespace NewsGen.Extraction.Validation;

/// <summary>Rejects files that cannot be articles at all (too large, binary, not text) before any extraction.</summary>
public static class FileScreening
{
    /// <summary>The reason to skip <paramref name="source"/>, or null when it can be extracted.</summary>
    public static ContentDiagnostic? Screen(ArticleSource source, ExtractionOptions options)
    {
        var name = System.IO.Path.GetFileName(source.Path);
        var origin = new SourceSpan(0, 0, 0, 0, 0, 0);
        if (source.Text.Length > options.MaxFileSize)
        {
            return DiagnosticCatalog.FileTooLarge.Create(source.Path, origin, name, source.Text.Length, options.MaxFileSize);
        }

        if (source.Text.IndexOf('\0') >= 0)
        {
            return DiagnosticCatalog.BinaryFile.Create(source.Path, origin, name);
        }

        if (string.IsNullOrWhiteSpace(source.Text))
        {
            return DiagnosticCatalog.EmptyArticle.Create(source.Path, origin, name);
        }

        return null;
    }
}
