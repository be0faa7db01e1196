namespace NewsGen.Extraction.Model;

/// <summary>Where an article's requested identifier came from; only explicit ids make a clash an error.</summary>
public enum ArticleIdOrigin
{
    /// <summary>Derived from the file name or the content.</summary>
    Derived,

    /// <summary>The front-matter <c>id:</c> line.</summary>
    FrontMatter,

    /// <summary>The item metadata <c>NewsGenName</c>.</summary>
    Metadata,
}
