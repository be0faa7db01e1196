using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using NewsGen.Extraction.Validation;

namespace NewsGen.Generator.Analyzers;

/// <summary>
/// The Roslyn descriptor of every catalog entry, written out with constant ids, categories and severities so that
/// release tracking (AnalyzerReleases.*.md, RS2000-RS2008) can read them; titles and help links come from
/// <see cref="DiagnosticCatalog"/>, and a test keeps the constants equal to the catalog's. Corpus-wide kinds carry
/// the <see cref="WellKnownDiagnosticTags.CompilationEnd"/> tag: they are computed at compilation end, never per file.
/// </summary>
internal static class NewsGenDescriptors
{
    // The catalog formats the message, so the descriptor only passes it through.
    private const string MessageFormat = "{0}";

    private static readonly string[] CorpusWide = [WellKnownDiagnosticTags.CompilationEnd];

    /// <summary>NG0001: <see cref="DiagnosticCatalog.EmptyArticle"/>.</summary>
    public static readonly DiagnosticDescriptor EmptyArticle = new(
        "NG0001",
        DiagnosticCatalog.EmptyArticle.Title,
        MessageFormat,
        "NewsGen.Content",
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: DiagnosticCatalog.EmptyArticle.HelpLink);

    /// <summary>NG0002: <see cref="DiagnosticCatalog.MissingTitle"/>.</summary>
    public static readonly DiagnosticDescriptor MissingTitle = new(
        "NG0002",
        DiagnosticCatalog.MissingTitle.Title,
        MessageFormat,
        "NewsGen.Content",
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        helpLinkUri: DiagnosticCatalog.MissingTitle.HelpLink);

    /// <summary>NG1001: <see cref="DiagnosticCatalog.NameVariant"/>.</summary>
    public static readonly DiagnosticDescriptor NameVariant = new(
        "NG1001",
        DiagnosticCatalog.NameVariant.Title,
        MessageFormat,
        "NewsGen.Content",
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        helpLinkUri: DiagnosticCatalog.NameVariant.HelpLink);

    /// <summary>NG1002: <see cref="DiagnosticCatalog.UnbalancedQuote"/>.</summary>
    public static readonly DiagnosticDescriptor UnbalancedQuote = new(
        "NG1002",
        DiagnosticCatalog.UnbalancedQuote.Title,
        MessageFormat,
        "NewsGen.Content",
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        helpLinkUri: DiagnosticCatalog.UnbalancedQuote.HelpLink);

    /// <summary>NG1003: <see cref="DiagnosticCatalog.UnattributedQuote"/>.</summary>
    public static readonly DiagnosticDescriptor UnattributedQuote = new(
        "NG1003",
        DiagnosticCatalog.UnattributedQuote.Title,
        MessageFormat,
        "NewsGen.Content",
        DiagnosticSeverity.Info,
        isEnabledByDefault: true,
        helpLinkUri: DiagnosticCatalog.UnattributedQuote.HelpLink);

    /// <summary>NG1004: <see cref="DiagnosticCatalog.CrossArticleNameVariant"/>.</summary>
    public static readonly DiagnosticDescriptor CrossArticleNameVariant = new(
        "NG1004",
        DiagnosticCatalog.CrossArticleNameVariant.Title,
        MessageFormat,
        "NewsGen.Content",
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        helpLinkUri: DiagnosticCatalog.CrossArticleNameVariant.HelpLink, customTags: CorpusWide);

    /// <summary>NG1101: <see cref="DiagnosticCatalog.WeekdayContradictsDate"/>.</summary>
    public static readonly DiagnosticDescriptor WeekdayContradictsDate = new(
        "NG1101",
        DiagnosticCatalog.WeekdayContradictsDate.Title,
        MessageFormat,
        "NewsGen.Content",
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        helpLinkUri: DiagnosticCatalog.WeekdayContradictsDate.HelpLink);

    /// <summary>NG1102: <see cref="DiagnosticCatalog.UnresolvedRelativeDate"/>.</summary>
    public static readonly DiagnosticDescriptor UnresolvedRelativeDate = new(
        "NG1102",
        DiagnosticCatalog.UnresolvedRelativeDate.Title,
        MessageFormat,
        "NewsGen.Content",
        DiagnosticSeverity.Info,
        isEnabledByDefault: true,
        helpLinkUri: DiagnosticCatalog.UnresolvedRelativeDate.HelpLink);

    /// <summary>NG1103: <see cref="DiagnosticCatalog.EventAfterPublication"/>.</summary>
    public static readonly DiagnosticDescriptor EventAfterPublication = new(
        "NG1103",
        DiagnosticCatalog.EventAfterPublication.Title,
        MessageFormat,
        "NewsGen.Content",
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        helpLinkUri: DiagnosticCatalog.EventAfterPublication.HelpLink);

    /// <summary>NG2001: <see cref="DiagnosticCatalog.DuplicateArticleId"/>.</summary>
    public static readonly DiagnosticDescriptor DuplicateArticleId = new(
        "NG2001",
        DiagnosticCatalog.DuplicateArticleId.Title,
        MessageFormat,
        "NewsGen.Content",
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: DiagnosticCatalog.DuplicateArticleId.HelpLink, customTags: CorpusWide);

    /// <summary>NG2002: <see cref="DiagnosticCatalog.IdentifierCollision"/>.</summary>
    public static readonly DiagnosticDescriptor IdentifierCollision = new(
        "NG2002",
        DiagnosticCatalog.IdentifierCollision.Title,
        MessageFormat,
        "NewsGen.Content",
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        helpLinkUri: DiagnosticCatalog.IdentifierCollision.HelpLink, customTags: CorpusWide);

    /// <summary>NG2003: <see cref="DiagnosticCatalog.ExplicitIdRewritten"/>.</summary>
    public static readonly DiagnosticDescriptor ExplicitIdRewritten = new(
        "NG2003",
        DiagnosticCatalog.ExplicitIdRewritten.Title,
        MessageFormat,
        "NewsGen.Content",
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        helpLinkUri: DiagnosticCatalog.ExplicitIdRewritten.HelpLink);

    /// <summary>NG2004: <see cref="DiagnosticCatalog.IdentifierShortened"/>.</summary>
    public static readonly DiagnosticDescriptor IdentifierShortened = new(
        "NG2004",
        DiagnosticCatalog.IdentifierShortened.Title,
        MessageFormat,
        "NewsGen.Content",
        DiagnosticSeverity.Info,
        isEnabledByDefault: true,
        helpLinkUri: DiagnosticCatalog.IdentifierShortened.HelpLink);

    /// <summary>NG3001: <see cref="DiagnosticCatalog.UnknownFrontMatterKey"/>.</summary>
    public static readonly DiagnosticDescriptor UnknownFrontMatterKey = new(
        "NG3001",
        DiagnosticCatalog.UnknownFrontMatterKey.Title,
        MessageFormat,
        "NewsGen.Content",
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: DiagnosticCatalog.UnknownFrontMatterKey.HelpLink);

    /// <summary>NG3002: <see cref="DiagnosticCatalog.InvalidFrontMatterDate"/>.</summary>
    public static readonly DiagnosticDescriptor InvalidFrontMatterDate = new(
        "NG3002",
        DiagnosticCatalog.InvalidFrontMatterDate.Title,
        MessageFormat,
        "NewsGen.Content",
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: DiagnosticCatalog.InvalidFrontMatterDate.HelpLink);

    /// <summary>NG3003: <see cref="DiagnosticCatalog.InvalidBoilerplatePattern"/>.</summary>
    public static readonly DiagnosticDescriptor InvalidBoilerplatePattern = new(
        "NG3003",
        DiagnosticCatalog.InvalidBoilerplatePattern.Title,
        MessageFormat,
        "NewsGen.Configuration",
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: DiagnosticCatalog.InvalidBoilerplatePattern.HelpLink, customTags: CorpusWide);

    /// <summary>NG4001: <see cref="DiagnosticCatalog.InvalidEncoding"/>.</summary>
    public static readonly DiagnosticDescriptor InvalidEncoding = new(
        "NG4001",
        DiagnosticCatalog.InvalidEncoding.Title,
        MessageFormat,
        "NewsGen.Content",
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: DiagnosticCatalog.InvalidEncoding.HelpLink);

    /// <summary>NG4002: <see cref="DiagnosticCatalog.BinaryFile"/>.</summary>
    public static readonly DiagnosticDescriptor BinaryFile = new(
        "NG4002",
        DiagnosticCatalog.BinaryFile.Title,
        MessageFormat,
        "NewsGen.Content",
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: DiagnosticCatalog.BinaryFile.HelpLink);

    /// <summary>NG4003: <see cref="DiagnosticCatalog.FileTooLarge"/>.</summary>
    public static readonly DiagnosticDescriptor FileTooLarge = new(
        "NG4003",
        DiagnosticCatalog.FileTooLarge.Title,
        MessageFormat,
        "NewsGen.Content",
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: DiagnosticCatalog.FileTooLarge.HelpLink);

    /// <summary>NG9001: <see cref="DiagnosticCatalog.InternalFailure"/>.</summary>
    public static readonly DiagnosticDescriptor InternalFailure = new(
        "NG9001",
        DiagnosticCatalog.InternalFailure.Title,
        MessageFormat,
        "NewsGen.Internal",
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        helpLinkUri: DiagnosticCatalog.InternalFailure.HelpLink);

    /// <summary>NG9002: <see cref="DiagnosticCatalog.TemplateFailure"/>.</summary>
    public static readonly DiagnosticDescriptor TemplateFailure = new(
        "NG9002",
        DiagnosticCatalog.TemplateFailure.Title,
        MessageFormat,
        "NewsGen.Internal",
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: DiagnosticCatalog.TemplateFailure.HelpLink);

    /// <summary>Every descriptor, in id order.</summary>
    public static IReadOnlyList<DiagnosticDescriptor> All { get; } =
    [
        EmptyArticle,
        MissingTitle,
        NameVariant,
        UnbalancedQuote,
        UnattributedQuote,
        CrossArticleNameVariant,
        WeekdayContradictsDate,
        UnresolvedRelativeDate,
        EventAfterPublication,
        DuplicateArticleId,
        IdentifierCollision,
        ExplicitIdRewritten,
        IdentifierShortened,
        UnknownFrontMatterKey,
        InvalidFrontMatterDate,
        InvalidBoilerplatePattern,
        InvalidEncoding,
        BinaryFile,
        FileTooLarge,
        InternalFailure,
        TemplateFailure,
    ];
}
