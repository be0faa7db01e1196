namespace NewsGen.Extraction.Model;

/// <summary>
/// Everything extracted from one text file. Plain data with value equality, so the generator can cache it.
/// <see cref="Id"/> is the identifier this file asks for; the corpus makes ids unique. <see cref="IdOrigin"/> says
/// where it came from and <see cref="IdLocation"/> where it is written (null when not in the text).
/// <see cref="FrontMatter"/> keeps every front-matter entry as written, for checks against a metadata schema.
/// <see cref="ReferenceDate"/> is the day relative dates were resolved against: <see cref="Published"/> when known,
/// otherwise inferred from the dates the text names.
/// </summary>
public sealed record Article(
    string SourcePath,
    string Id,
    string Title,
    string Slug,
    CalendarDate? Published,
    string? Source,
    string? Author,
    Photo? Photo,
    EquatableArray<Section> Sections,
    int WordCount,
    EquatableArray<Person> People,
    EquatableArray<Organization> Organizations,
    EquatableArray<Place> Places,
    EquatableArray<Quote> Quotes,
    EquatableArray<DateMention> Dates,
    EquatableArray<NewsEvent> Events,
    ArticleIdOrigin IdOrigin = ArticleIdOrigin.Derived,
    SourceSpan? IdLocation = null,
    EquatableArray<YamlEntry> FrontMatter = default,
    CalendarDate? ReferenceDate = null);
