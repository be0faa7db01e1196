using System.Collections.Generic;
using NewsGen.Extraction.Model;

namespace NewsGen.Extraction.Validation;

/// <summary>
/// The one table of diagnostics: every content diagnostic NewsGen reports, one entry each in id order with its id,
/// title, message format, severity, category and help text. Adding one takes an entry here and in <see cref="All"/>,
/// a row in AnalyzerReleases.Unshipped.md and a section in docs/diagnostics.md (tests check both against this
/// table); the Roslyn descriptors and the SARIF rules are derived from it. Ids are stable once shipped (see AnalyzerReleases.Shipped.md):
/// NG0xxx file and structure, NG1xxx people and quotes, NG11xx dates and events, NG2xxx identifiers,
/// NG3xxx front matter and settings, NG4xxx file format, NG9xxx internal.
/// </summary>
public static class DiagnosticCatalog
{
    private const string Content = "NewsGen.Content";
    private const string Configuration = "NewsGen.Configuration";

    /// <summary>NG0001.</summary>
    public static readonly ContentDiagnosticDescriptor EmptyArticle = new(
        "NG0001", "Empty article", "Article '{0}' is empty", ContentSeverity.Error, Content,
        "The file is empty or holds only whitespace, or it has front matter and nothing after it. The article is skipped.");

    /// <summary>NG0002.</summary>
    public static readonly ContentDiagnosticDescriptor MissingTitle = new(
        "NG0002", "No usable title", "Article '{0}' has no usable title: the first line '{1}' does not read as a headline ({2})", ContentSeverity.Warning, Content,
        "The first line of the article is its headline, and this one does not read as a headline: it is longer than 150 characters or 25 words (a lead paragraph, not a title), or it breaks off with a comma, colon or dash (a dateline such as `LONDON (Reuters) -`, or a sentence cut in two). The article is generated with that line as its title.");

    /// <summary>NG1001.</summary>
    public static readonly ContentDiagnosticDescriptor NameVariant = new(
        "NG1001", "Name spelled two ways", "The name '{0}' is also spelled '{1}'; check which spelling is right", ContentSeverity.Warning, Content,
        "One person's name is written with two spellings in the same article. The diagnostic sits on the first occurrence of the rarer spelling (the likelier typo); every occurrence of both spellings is listed as a further location. Spellings count as variants when they start with the same letter and differ by one edit (two for names of eight letters or more), not merely by case, apostrophe style (`O'Neill`, `O’Neill`) or a plural ending. Two spellings are left alone when one is an ordinary English word (a misread name), or when the given names written with them share no initial (`Alan Thompson`, `C Thomson` are two people).");

    /// <summary>NG1002.</summary>
    public static readonly ContentDiagnosticDescriptor UnbalancedQuote = new(
        "NG1002", "Unbalanced quotation mark", "Quotation mark opened at '{0}' is never closed", ContentSeverity.Warning, Content,
        "An opening quotation mark is never closed, so the quote's extent is a guess. The diagnostic sits on the opening mark.");

    /// <summary>NG1003.</summary>
    public static readonly ContentDiagnosticDescriptor UnattributedQuote = new(
        "NG1003", "Quote without a speaker", "No speaker found for the quote '{0}'", ContentSeverity.Info, Content,
        "A direct quotation whose speaker could not be found in the text around it. The quote is generated with no speaker.");

    /// <summary>NG1004.</summary>
    public static readonly ContentDiagnosticDescriptor CrossArticleNameVariant = new(
        "NG1004", "Name spelled differently across articles", "The name '{0}' is spelled '{1}' in another article; check which spelling is right", ContentSeverity.Warning, Content,
        "People with the same given name in different articles whose surnames are one name spelled two ways (both six letters or more, neither an ordinary word), for example `Anna Halvorsen` in one file and `Anna Halvorssen` in another. Reported at the end of the build, on the first occurrence of the rarer spelling, with every occurrence of both spellings in every file as further locations. Pairs that one article already writes both ways are left to NG1001 (one person) or left alone (two people).", IsCorpusWide: true);

    /// <summary>NG1101.</summary>
    public static readonly ContentDiagnosticDescriptor WeekdayContradictsDate = new(
        "NG1101", "Weekday contradicts date", "'{0}' names a {1}, but {2} is a {3}", ContentSeverity.Warning, Content,
        "A date is written with a weekday it does not fall on.");

    /// <summary>NG1102.</summary>
    public static readonly ContentDiagnosticDescriptor UnresolvedRelativeDate = new(
        "NG1102", "Relative date without a reference date", "'{0}' cannot be resolved: the article has no publication date; add 'published:' front matter", ContentSeverity.Info, Content,
        "A relative date (`next week`, `on Thursday`, `12 December` without a year) cannot be resolved because the article has no publication date and none could be inferred. The date is generated without a value.");

    /// <summary>NG1103.</summary>
    public static readonly ContentDiagnosticDescriptor EventAfterPublication = new(
        "NG1103", "Event after publication", "The event '{0}' is dated {1}, after the article's publication date {2}", ContentSeverity.Warning, Content,
        "An event is dated after the article's stated publication date by a date written out with a day or a year, in a sentence that does not speak of plans or expectations (`will`, `is to`, `scheduled`, `tomorrow`, `next`, ...). Usually a wrong year or month. Only checked when the publication date is stated (front matter, metadata or file name).");

    /// <summary>NG2001.</summary>
    public static readonly ContentDiagnosticDescriptor DuplicateArticleId = new(
        "NG2001", "Duplicate article id", "Article id '{0}' is used by more than one file ({1})", ContentSeverity.Error, Content,
        "Two or more files ask for the same article id (front matter `id:` or `NewsGenName` metadata). Reported in each file, on the id, with the other files as further locations. The later files get a numeric suffix so the build can go on.", IsCorpusWide: true);

    /// <summary>NG2002.</summary>
    public static readonly ContentDiagnosticDescriptor IdentifierCollision = new(
        "NG2002", "Identifier renamed", "The identifier '{0}' is wanted by another article or is reserved; this article is generated as '{1}'", ContentSeverity.Warning, Content,
        "The identifier an article would get (from its file name or title) is wanted by another article too, or is a reserved name, so every article that wants it is generated under it followed by `_` and a hash of its own file name; another article's arrival or departure never changes it: `The identifier 'HarbourVote' is wanted by another article or is reserved; this article is generated as 'HarbourVote_7f4e2d02'` (for `harbour-vote-2.txt`); pin an id with front matter `id:` or `NewsGenName` to choose the name.", IsCorpusWide: true);

    /// <summary>NG2003.</summary>
    public static readonly ContentDiagnosticDescriptor ExplicitIdRewritten = new(
        "NG2003", "Explicit id rewritten", "The id '{0}' cannot be a C# name as written ({1}); the article is generated as '{2}'", ContentSeverity.Warning, Content,
        "An id asked for in front matter (`id:`) or with `NewsGenName` cannot be a C# member name exactly as written: it is a keyword (`class`, `null`, `__arglist`), starts with `@`, contains characters C# does not allow, or contains invisible format characters such as a bidi override. The article is generated under the PascalCase of its words, reported on the `id:` value: `The id 'class' cannot be a C# name as written (it is a C# keyword); the article is generated as 'Class'`. `newsgen inspect` shows the same id as the build.");

    /// <summary>NG2004.</summary>
    public static readonly ContentDiagnosticDescriptor IdentifierShortened = new(
        "NG2004", "Identifier shortened", "The name '{0}' makes an identifier longer than {1} characters; it is generated as '{2}'", ContentSeverity.Info, Content,
        "A name would make an identifier longer than 64 characters (a list of names without commas read as one name, a very long title, a long `id:`). Such identifiers risk the compiler's metadata limit, so NewsGen keeps the first 55 characters and appends `_` and eight hex digits of a hash of the whole name; the same name is shortened the same way on every build. Reported on the name (the entity's first mention, the `id:` value, or the title): `The name 'Anna Berg Carl Dahl …' makes an identifier longer than 64 characters; it is generated as 'AnnaBergCarlDahl…_3f2a91c0'`.");

    /// <summary>NG3001.</summary>
    public static readonly ContentDiagnosticDescriptor UnknownFrontMatterKey = new(
        "NG3001", "Unknown front-matter key", "Unknown front-matter key '{0}'; expected one of id, published, source, author, corrections", ContentSeverity.Error, Content,
        "The front matter holds a key NewsGen does not know (known keys: `id`, `published`, `source`, `author`, `corrections`), often a typo. The diagnostic sits on the key; the entry is ignored.");

    /// <summary>NG3002.</summary>
    public static readonly ContentDiagnosticDescriptor InvalidFrontMatterDate = new(
        "NG3002", "Invalid front-matter date", "'{0}' is not a date; write it as YYYY-MM-DD", ContentSeverity.Error, Content,
        "The `published:` value is not a calendar date written `YYYY-MM-DD`. The diagnostic sits on the value; the value is ignored (a date in the file name still counts).");

    /// <summary>NG3003.</summary>
    public static readonly ContentDiagnosticDescriptor InvalidBoilerplatePattern = new(
        "NG3003", "Invalid boilerplate pattern", "The NewsGenBoilerplatePatterns entry '{0}' is not a valid regular expression and is ignored: {1}", ContentSeverity.Error, Configuration,
        "An entry of the `NewsGenBoilerplatePatterns` property is not a valid .NET regular expression. The entry is ignored; the message quotes the parser's reason. Reported once per build, without a file location.", IsCorpusWide: true);

    /// <summary>NG3004.</summary>
    public static readonly ContentDiagnosticDescriptor InvalidFrontMatter = new(
        "NG3004", "Invalid front matter", "Invalid front matter: {0}", ContentSeverity.Error, Content,
        "The front matter is not valid YAML, is not a list of `key: value` entries, or gives a list or mapping for one of the keys that take a single value (`id`, `published`, `source`, `author`). The diagnostic sits where the YAML parser stopped, or on the value; the entries before the error still count, and the article after the closing `---` is read as usual.");

    /// <summary>NG3005.</summary>
    public static readonly ContentDiagnosticDescriptor InvalidCorrections = new(
        "NG3005", "Invalid corrections", "Invalid corrections: {0}", ContentSeverity.Error, Content,
        "A corrections file (`newsgen.yml`) or an article's `corrections:` block is not valid YAML, has a kind of correction NewsGen does not know, or gives a correction the wrong shape (a list where text is expected, an identifier that is not a C# identifier, a missing value). The diagnostic sits on the offending text; that correction is ignored and the others still apply.");

    /// <summary>NG3006.</summary>
    public static readonly ContentDiagnosticDescriptor CorrectionMatchesNothing = new(
        "NG3006", "Correction matches nothing", "The correction {0} matches nothing", ContentSeverity.Warning, Content,
        "A correction names an entity, a quote or a paragraph that is not there: no entity has that name or alias, or no quote or paragraph starts with that text. A correction in an article's front matter is checked against that article, one in `newsgen.yml` against every article beside it. The diagnostic sits on the correction.");

    /// <summary>NG3007.</summary>
    public static readonly ContentDiagnosticDescriptor ConflictingCorrections = new(
        "NG3007", "Conflicting corrections", "The correction {0} contradicts the earlier {1} and is ignored", ContentSeverity.Warning, Content,
        "Two corrections in the same place say different things about the same name, quote or paragraph (two canonical names, two identifiers, or a suppressed entity that is also corrected). The later one is ignored; the diagnostic sits on it, with the earlier one as a further location.");

    /// <summary>NG3008.</summary>
    public static readonly ContentDiagnosticDescriptor CorrectionNotApplied = new(
        "NG3008", "Correction not applied", "The correction {0} was not applied: {1}", ContentSeverity.Warning, Content,
        "A correction matched, but could not be carried out: the speaker it names is not a person or organization of the article, or the identifier it pins is already used by another entity of the article, or the name it pins matches several entities. The message says which; the diagnostic sits on the correction.");

    /// <summary>NG3009.</summary>
    public static readonly ContentDiagnosticDescriptor InvalidAccessibility = new(
        "NG3009", "Invalid accessibility", "NewsGenAccessibility is '{0}', which is neither 'internal' nor 'public'; the generated classes are internal", ContentSeverity.Warning, Configuration,
        "The `NewsGenAccessibility` property is neither `internal` nor `public` (any case). The generated entry classes stay internal, the default. Reported once per build, without a file location.", IsCorpusWide: true);

    /// <summary>NG3101.</summary>
    public static readonly ContentDiagnosticDescriptor UnknownMetadataKey = new(
        "NG3101", "Key not in the metadata schema", "Unknown front-matter key '{0}'; expected one of {1}", ContentSeverity.Error, Content,
        "The project declares a metadata schema (a type marked `[ArticleMetadata]`) and the front matter holds a key that is neither one of its properties nor one of NewsGen's own keys (`id`, `published`, `source`, `author`, `corrections`), often a typo. Keys match property names in any case, and `snake_case` and `kebab-case` are accepted (`canonical_url` is `CanonicalUrl`). The diagnostic sits on the key; the entry is ignored. Without a schema an unknown key is NG3001.");

    /// <summary>NG3102.</summary>
    public static readonly ContentDiagnosticDescriptor WrongMetadataType = new(
        "NG3102", "Metadata value of the wrong type", "'{0}' expects {1}, not {2}", ContentSeverity.Error, Content,
        "A front-matter value does not have the type its schema property declares: `draft: maybe` for a `bool`, `priority: high` for an `int`, `tags: 3` for a list, a list for a single value, or nothing (`~`, `null`, an empty value) for a property that is not nullable. Numbers and `true`/`false` must be written unquoted. The diagnostic sits on the value (on the item, in a list); the property keeps its default.");

    /// <summary>NG3103.</summary>
    public static readonly ContentDiagnosticDescriptor MissingMetadataKey = new(
        "NG3103", "Required metadata key missing", "The front matter has no '{0}', which {1} requires", ContentSeverity.Error, Content,
        "The metadata schema declares a required property (a constructor parameter without a default value, or a `required` property, whose type is not nullable) and the article's front matter does not give it. The diagnostic sits on the first line of the file (the opening `---`, or the headline when there is no front matter); the property is generated with its type's default.");

    /// <summary>NG3104.</summary>
    public static readonly ContentDiagnosticDescriptor InvalidMetadataEnumMember = new(
        "NG3104", "Not a member of the enum", "'{0}' given for '{1}' is not a member of {2}; allowed: {3}", ContentSeverity.Error, Content,
        "A front-matter value for an enum property names no member of the enum. Members match in any case, with `snake_case` and `kebab-case` accepted; the message lists them. The diagnostic sits on the value; the property keeps its default.");

    /// <summary>NG3105.</summary>
    public static readonly ContentDiagnosticDescriptor MalformedMetadataValue = new(
        "NG3105", "Malformed date or URL", "'{0}' given for '{1}' is not {2}", ContentSeverity.Error, Content,
        "A front-matter value for a `DateOnly`, `DateTimeOffset` or `Uri` property cannot be read as one: a date must be written `YYYY-MM-DD`, a date and time `YYYY-MM-DDTHH:MM:SS` with an optional fraction and offset (`Z`, `+02:00`; UTC when absent), a URL absolute, with its scheme. The diagnostic sits on the value; the property keeps its default.");

    /// <summary>NG3106.</summary>
    public static readonly ContentDiagnosticDescriptor DuplicateMetadataKey = new(
        "NG3106", "Duplicate front-matter key", "'{0}' is given more than once; the last value counts", ContentSeverity.Warning, Content,
        "With a metadata schema, a front-matter key is given twice, also when written two ways (`canonical_url` and `canonicalUrl`). The last value counts, as for NewsGen's own keys. The diagnostic sits on the repeated key, with the earlier one as a further location.");

    /// <summary>NG3107.</summary>
    public static readonly ContentDiagnosticDescriptor UnsupportedMetadataProperty = new(
        "NG3107", "Unsupported metadata property type", "The metadata property '{0}' has type '{1}', which front matter cannot set", ContentSeverity.Error, Configuration,
        "A property or constructor parameter of the metadata schema has a type front matter cannot set. Supported: `string`, `bool`, `int`, `long`, `double`, `decimal`, `DateOnly`, `DateTimeOffset`, `Uri`, enums, those made nullable, and arrays, `IReadOnlyList<T>`, `IReadOnlyCollection<T>` or `IEnumerable<T>` of them. Reported by the analyzer on the property in the C# file (live in the IDE); a key of that name is accepted and ignored, and the generated code gives the property its default.");

    /// <summary>NG3108.</summary>
    public static readonly ContentDiagnosticDescriptor UnusableMetadataSchema = new(
        "NG3108", "Metadata schema not used", "The metadata schema '{0}' is not used: {1}", ContentSeverity.Error, Configuration,
        "A type is marked `[ArticleMetadata]` but cannot be the schema: it is abstract, static, generic or file-local, nested in a generic type, has no public or internal constructor, is less accessible than the generated classes (`NewsGenAccessibility=public` needs a public schema type), or another marked type comes first by full name (one schema per project). Reported on the type in the C# file; the articles are generated without that schema.");

    /// <summary>NG4001.</summary>
    public static readonly ContentDiagnosticDescriptor InvalidEncoding = new(
        "NG4001", "Not valid UTF-8", "'{0}' is not valid UTF-8 text; the article is skipped", ContentSeverity.Error, Content,
        "The file's bytes are not valid UTF-8, for instance a file saved as Windows-1252, or the file starts with a UTF-8 or UTF-16 byte-order mark and its text holds U+FFFD (after a byte-order mark the compiler decodes with replacement, so U+FFFD may stand for broken bytes or a lone surrogate). A U+FFFD in UTF-8 without a byte-order mark was written in the file and is accepted. The article is skipped. A build and `newsgen check` decode and judge a file the same way.");

    /// <summary>NG4002.</summary>
    public static readonly ContentDiagnosticDescriptor BinaryFile = new(
        "NG4002", "Binary file", "'{0}' looks like a binary file; the article is skipped", ContentSeverity.Error, Content,
        "The file contains a NUL character, so it is not a text file (an image or document renamed `.txt`). A UTF-32 file is reported here too: the compiler knows no UTF-32 byte-order mark and reads its zero bytes as NULs. The article is skipped.");

    /// <summary>NG4003.</summary>
    public static readonly ContentDiagnosticDescriptor FileTooLarge = new(
        "NG4003", "File too large", "'{0}' has {1} characters, more than the limit of {2} (NewsGenMaxFileSize); the article is skipped", ContentSeverity.Error, Content,
        "The file has more characters than `NewsGenMaxFileSize` (default 1,048,576). The article is skipped, so one huge file cannot slow down every build.");

    /// <summary>NG9001.</summary>
    public static readonly ContentDiagnosticDescriptor InternalFailure = new(
        "NG9001", "Internal failure", "NewsGen failed on '{0}' and skipped it: {1}", ContentSeverity.Warning, "NewsGen.Internal",
        "NewsGen failed on one file (a bug in NewsGen). The message names the file and the failure; that article is skipped and every other article is still generated.");

    /// <summary>NG9002.</summary>
    public static readonly ContentDiagnosticDescriptor TemplateFailure = new(
        "NG9002", "Code generation failed", "Template '{0}' failed: {1}", ContentSeverity.Error, "NewsGen.Internal",
        "A code template failed while generating an article or index (a bug in NewsGen). Reported by the source generator, not the analyzer.");

    /// <summary>Every descriptor, in id order.</summary>
    public static IReadOnlyList<ContentDiagnosticDescriptor> All { get; } =
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
        InvalidFrontMatter,
        InvalidCorrections,
        CorrectionMatchesNothing,
        ConflictingCorrections,
        CorrectionNotApplied,
        InvalidAccessibility,
        UnknownMetadataKey,
        WrongMetadataType,
        MissingMetadataKey,
        InvalidMetadataEnumMember,
        MalformedMetadataValue,
        DuplicateMetadataKey,
        UnsupportedMetadataProperty,
        UnusableMetadataSchema,
        InvalidEncoding,
        BinaryFile,
        FileTooLarge,
        InternalFailure,
        TemplateFailure,
    ];
}
