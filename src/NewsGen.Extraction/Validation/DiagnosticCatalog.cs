using System.Collections.Generic;
using NewsGen.Extraction.Model;

namespace NewsGen.Extraction.Validation;

/// <summary>
/// Every content diagnostic NewsGen reports. Ids are stable once shipped (see AnalyzerReleases.Shipped.md):
/// NG0xxx file and structure, NG1xxx people and quotes, NG11xx dates and events, NG2xxx identifiers,
/// NG3xxx front matter and settings, NG4xxx file format, NG9xxx internal.
/// </summary>
public static class DiagnosticCatalog
{
    private const string Content = "NewsGen.Content";
    private const string Configuration = "NewsGen.Configuration";

    /// <summary>NG0001.</summary>
    public static readonly ContentDiagnosticDescriptor EmptyArticle = new(
        "NG0001", "Empty article", "Article '{0}' is empty", ContentSeverity.Error, Content);

    /// <summary>NG0002.</summary>
    public static readonly ContentDiagnosticDescriptor MissingTitle = new(
        "NG0002", "No usable title", "Article '{0}' has no usable title: the first line '{1}' does not read as a headline ({2})", ContentSeverity.Warning, Content);

    /// <summary>NG1001.</summary>
    public static readonly ContentDiagnosticDescriptor NameVariant = new(
        "NG1001", "Name spelled two ways", "The name '{0}' is also spelled '{1}'; check which spelling is right", ContentSeverity.Warning, Content);

    /// <summary>NG1002.</summary>
    public static readonly ContentDiagnosticDescriptor UnbalancedQuote = new(
        "NG1002", "Unbalanced quotation mark", "Quotation mark opened at '{0}' is never closed", ContentSeverity.Warning, Content);

    /// <summary>NG1003.</summary>
    public static readonly ContentDiagnosticDescriptor UnattributedQuote = new(
        "NG1003", "Quote without a speaker", "No speaker found for the quote '{0}'", ContentSeverity.Info, Content);

    /// <summary>NG1004.</summary>
    public static readonly ContentDiagnosticDescriptor CrossArticleNameVariant = new(
        "NG1004", "Name spelled differently across articles", "The name '{0}' is spelled '{1}' in another article; check which spelling is right", ContentSeverity.Warning, Content, IsCorpusWide: true);

    /// <summary>NG1101.</summary>
    public static readonly ContentDiagnosticDescriptor WeekdayContradictsDate = new(
        "NG1101", "Weekday contradicts date", "'{0}' names a {1}, but {2} is a {3}", ContentSeverity.Warning, Content);

    /// <summary>NG1102.</summary>
    public static readonly ContentDiagnosticDescriptor UnresolvedRelativeDate = new(
        "NG1102", "Relative date without a reference date", "'{0}' cannot be resolved: the article has no publication date; add 'published:' front matter", ContentSeverity.Info, Content);

    /// <summary>NG1103.</summary>
    public static readonly ContentDiagnosticDescriptor EventAfterPublication = new(
        "NG1103", "Event after publication", "The event '{0}' is dated {1}, after the article's publication date {2}", ContentSeverity.Warning, Content);

    /// <summary>NG2001.</summary>
    public static readonly ContentDiagnosticDescriptor DuplicateArticleId = new(
        "NG2001", "Duplicate article id", "Article id '{0}' is used by more than one file ({1})", ContentSeverity.Error, Content, IsCorpusWide: true);

    /// <summary>NG2002.</summary>
    public static readonly ContentDiagnosticDescriptor IdentifierCollision = new(
        "NG2002", "Identifier renamed", "The identifier '{0}' is taken; this article is generated as '{1}'", ContentSeverity.Warning, Content, IsCorpusWide: true);

    /// <summary>NG2003.</summary>
    public static readonly ContentDiagnosticDescriptor ExplicitIdRewritten = new(
        "NG2003", "Explicit id rewritten", "The id '{0}' cannot be a C# name as written ({1}); the article is generated as '{2}'", ContentSeverity.Warning, Content);

    /// <summary>NG2004.</summary>
    public static readonly ContentDiagnosticDescriptor IdentifierShortened = new(
        "NG2004", "Identifier shortened", "The name '{0}' makes an identifier longer than {1} characters; it is generated as '{2}'", ContentSeverity.Info, Content);

    /// <summary>NG3001.</summary>
    public static readonly ContentDiagnosticDescriptor UnknownFrontMatterKey = new(
        "NG3001", "Unknown front-matter key", "Unknown front-matter key '{0}'; expected one of id, published, source, author", ContentSeverity.Error, Content);

    /// <summary>NG3002.</summary>
    public static readonly ContentDiagnosticDescriptor InvalidFrontMatterDate = new(
        "NG3002", "Invalid front-matter date", "'{0}' is not a date; write it as YYYY-MM-DD", ContentSeverity.Error, Content);

    /// <summary>NG3003.</summary>
    public static readonly ContentDiagnosticDescriptor InvalidBoilerplatePattern = new(
        "NG3003", "Invalid boilerplate pattern", "The NewsGenBoilerplatePatterns entry '{0}' is not a valid regular expression and is ignored: {1}", ContentSeverity.Error, Configuration, IsCorpusWide: true);

    /// <summary>NG4001.</summary>
    public static readonly ContentDiagnosticDescriptor InvalidEncoding = new(
        "NG4001", "Not valid UTF-8", "'{0}' is not valid UTF-8 text; the article is skipped", ContentSeverity.Error, Content);

    /// <summary>NG4002.</summary>
    public static readonly ContentDiagnosticDescriptor BinaryFile = new(
        "NG4002", "Binary file", "'{0}' looks like a binary file; the article is skipped", ContentSeverity.Error, Content);

    /// <summary>NG4003.</summary>
    public static readonly ContentDiagnosticDescriptor FileTooLarge = new(
        "NG4003", "File too large", "'{0}' has {1} characters, more than the limit of {2} (NewsGenMaxFileSize); the article is skipped", ContentSeverity.Error, Content);

    /// <summary>NG9001.</summary>
    public static readonly ContentDiagnosticDescriptor InternalFailure = new(
        "NG9001", "Internal failure", "NewsGen failed on '{0}' and skipped it: {1}", ContentSeverity.Warning, "NewsGen.Internal");

    /// <summary>NG9002.</summary>
    public static readonly ContentDiagnosticDescriptor TemplateFailure = new(
        "NG9002", "Code generation failed", "Template '{0}' failed: {1}", ContentSeverity.Error, "NewsGen.Internal");

    /// <summary>Every descriptor, in id order.</summary>
    public static IReadOnlyList<ContentDiagnosticDescriptor> All { get; } =
    [
        EmptyArticle, MissingTitle, NameVariant, UnbalancedQuote, UnattributedQuote, CrossArticleNameVariant, WeekdayContradictsDate,
        UnresolvedRelativeDate, EventAfterPublication, DuplicateArticleId, IdentifierCollision, ExplicitIdRewritten, IdentifierShortened, UnknownFrontMatterKey,
        InvalidFrontMatterDate, InvalidBoilerplatePattern, InvalidEncoding, BinaryFile, FileTooLarge, InternalFailure, TemplateFailure,
    ];
}
