namespace NewsGen.Extraction.Model;

/// <summary>Project-wide settings that change what is extracted.</summary>
/// <param name="BoilerplatePatterns">Extra regular expressions; a paragraph matching one is dropped as boilerplate.</param>
/// <param name="MaxFileSize">Files longer than this many characters are skipped with a diagnostic.</param>
public sealed record ExtractionOptions(EquatableArray<string> BoilerplatePatterns, int MaxFileSize)
{
    /// <summary>One mebibyte, the default size limit.</summary>
    public const int DefaultMaxFileSize = 1024 * 1024;

    /// <summary>No extra patterns, default size limit.</summary>
    public static ExtractionOptions Default { get; } = new(EquatableArray<string>.Empty, DefaultMaxFileSize);
}
