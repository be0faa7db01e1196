using System.Collections.Generic;
using System.Text.Json.Serialization;
using NewsGen.Model;

namespace NewsGen.Serialization;

/// <summary>
/// Source-generated System.Text.Json metadata for the NewsGen model, for trimmed and native AOT applications:
/// <c>JsonSerializer.Serialize(Articles.All, NewsGenJsonContext.Default.IReadOnlyListArticle)</c>. Back-references
/// (an entity's articles, a quote's article) are left out, so a document has no cycles; serialization only.
/// </summary>
[JsonSerializable(typeof(Article))]
[JsonSerializable(typeof(IReadOnlyList<Article>))]
[JsonSerializable(typeof(Person))]
[JsonSerializable(typeof(IReadOnlyList<Person>))]
[JsonSerializable(typeof(Organization))]
[JsonSerializable(typeof(IReadOnlyList<Organization>))]
[JsonSerializable(typeof(Place))]
[JsonSerializable(typeof(IReadOnlyList<Place>))]
[JsonSerializable(typeof(Quote))]
[JsonSerializable(typeof(IReadOnlyList<Quote>))]
[JsonSerializable(typeof(Event))]
[JsonSerializable(typeof(IReadOnlyList<Event>))]
public sealed partial class NewsGenJsonContext : JsonSerializerContext;
