using System.Collections.Generic;
using System.Linq;
using NewsGen.Extraction.Identifiers;
using NewsGen.Extraction.Model;

namespace NewsGen.Extraction.Validation.Checks;

/// <summary>
/// NG2003: an explicit id that had to be rewritten, on the <c>id:</c> value (the file start for item metadata).
/// NG2004: a name shortened to <see cref="CSharpIdentifier.MaxLength"/>, on the entity's first mention, the
/// <c>id:</c> value or the title.
/// </summary>
public static class IdentifierCheck
{
    /// <summary>The article id's diagnostic first, then one per shortened entity name.</summary>
    public static IEnumerable<ContentDiagnostic> Run(ValidationInput input)
    {
        var document = input.Document;
        var article = input.Article;
        var idLocation = article.IdLocation ?? document.Span(0, 0);
        if (input.RequestedId is { } requested && CSharpIdentifier.WhyNotUsableAsWritten(requested) is { } reason)
        {
            yield return DiagnosticCatalog.ExplicitIdRewritten.Create(document.Path, idLocation, Excerpt.Of(requested), reason, article.Id);
        }
        else if (CSharpIdentifier.IsShortened(article.Id))
        {
            var location = input.RequestedId is not null || input.Structure.Title.Length == 0
                ? idLocation
                : document.Span(input.Structure.TitleStart, input.Structure.Title.Length);
            yield return Shortened(input, location, input.RequestedId ?? input.Structure.Title, article.Id);
        }

        var entities = input.Entities.People.Select(p => (p.Id, p.Name, p.Mentions))
            .Concat(input.Entities.Organizations.Select(o => (o.Id, o.Name, o.Mentions)))
            .Concat(input.Entities.Places.Select(p => (p.Id, p.Name, p.Mentions)));
        foreach (var (id, name, mentions) in entities)
        {
            if (CSharpIdentifier.IsShortened(id) && mentions.Count > 0)
            {
                yield return Shortened(input, document.Span(mentions[0].Start, mentions[0].Length), name, id);
            }
        }
    }

    private static ContentDiagnostic Shortened(ValidationInput input, SourceSpan location, string name, string identifier) =>
        DiagnosticCatalog.IdentifierShortened.Create(input.Document.Path, location, Excerpt.Of(name), CSharpIdentifier.MaxLength, identifier);
}
