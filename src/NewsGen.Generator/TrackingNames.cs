namespace NewsGen.Generator;

/// <summary>
/// The names of the generator's pipeline steps, as reported by <c>GeneratorRunResult.TrackedSteps</c>; tests use
/// them to check that unchanged input is served from the cache.
/// </summary>
public static class TrackingNames
{
    /// <summary>Project-wide options read from MSBuild properties.</summary>
    public const string Options = "NewsGen.Options";

    /// <summary>The part of the options that changes extraction.</summary>
    public const string ExtractionOptions = "NewsGen.ExtractionOptions";

    /// <summary>Each type marked <c>[ArticleMetadata]</c>, read into a schema.</summary>
    public const string ReadMetadataSchema = "NewsGen.ReadMetadataSchema";

    /// <summary>The project's metadata schema (the first usable marked type by name), or none.</summary>
    public const string MetadataSchema = "NewsGen.MetadataSchema";

    /// <summary>The part of the options that shapes generated code, with the metadata schema.</summary>
    public const string EmitSettings = "NewsGen.EmitSettings";

    /// <summary>Additional files marked as articles.</summary>
    public const string ArticleFiles = "NewsGen.ArticleFiles";

    /// <summary>One article file read into text and metadata.</summary>
    public const string ReadArticle = "NewsGen.ReadArticle";

    /// <summary>One corpus-wide corrections file (<c>newsgen.yml</c>) read and checked.</summary>
    public const string ReadCorrections = "NewsGen.ReadCorrections";

    /// <summary>Every corrections file of the project, with the rule of which articles each one corrects.</summary>
    public const string CorpusCorrections = "NewsGen.CorpusCorrections";

    /// <summary>One article with the corpus-wide corrections that concern it.</summary>
    public const string ArticleCorrections = "NewsGen.ArticleCorrections";

    /// <summary>One article extracted.</summary>
    public const string ExtractArticle = "NewsGen.ExtractArticle";

    /// <summary>What the corpus-wide pass reads of one article (identity and entity names).</summary>
    public const string ArticleFootprint = "NewsGen.ArticleFootprint";

    /// <summary>Unique identifiers and entities merged across articles, from the footprints.</summary>
    public const string BuildCorpusIndex = "NewsGen.BuildCorpusIndex";

    /// <summary>The articles joined with the corpus index.</summary>
    public const string BuildCorpus = "NewsGen.BuildCorpus";

    /// <summary>The file of one group of articles, ready to render.</summary>
    public const string ArticleGroup = "NewsGen.ArticleGroup";

    /// <summary>The index file (<c>NewsGen.Index.g.cs</c>), ready to render.</summary>
    public const string IndexUnit = "NewsGen.IndexUnit";

    /// <summary>The unit of one entity class file (<c>People.g.cs</c>, …).</summary>
    public const string EntityClassUnit = "NewsGen.EntityClassUnit";
}
