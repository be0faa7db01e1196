using System.Collections.Generic;
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
    public static List<ContentDiagnostic> Run(ValidationInput input)
    {
        var found = new List<ContentDiagnostic>();
        var document = input.Document;
        var article = input.Article;
        var idLocation = article.IdLocation ?? document.Span(0, 0);
        if (input.RequestedId is { } requested && CSharpIdentifier.WhyNotUsableAsWritten(requested) is { } reason)
        {
            found.Add(DiagnosticCatalog.ExplicitIdRewritten.Create(document.Path, idLocation, Excerpt.Of(requested), reason, article.Id));
        }
        else if (CSharpIdentifier.IsShortened(article.Id))
        {
            var location = input.RequestedId is not null || input.Structure.Title.Length == 0
                ? idLocation
                : document.Span(input.Structure.TitleStart, input.Structure.Title.Length);
            found.Add(Shortened(input, location, input.RequestedId ?? input.Structure.Title, article.Id));
        }

        // Three loops, not one sequence of (id, name, mentions) tuples: LINQ over a value type is JIT-compiled anew in
        // every fresh compiler process.
        foreach (var person in input.Entities.People)
        {
            if (ShortenedEntity(input, person.Id, person.Name, person.Mentions) is { } diagnostic)
            {
                found.Add(diagnostic);
            }
        }

        foreach (var organization in input.Entities.Organizations)
        {
            if (ShortenedEntity(input, organization.Id, organization.Name, organization.Mentions) is { } diagnostic)
            {
                found.Add(diagnostic);
            }
        }

        foreach (var place in input.Entities.Places)
        {
            if (ShortenedEntity(input, place.Id, place.Name, place.Mentions) is { } diagnostic)
            {
                found.Add(diagnostic);
            }
        }

        return found;
    }

    private static ContentDiagnostic? ShortenedEntity(ValidationInput input, string id, string name, EquatableArray<Mention> mentions) =>
        CSharpIdentifier.IsShortened(id) && mentions.Count > 0
            ? Shortened(input, input.Document.Span(mentions[0].Start, mentions[0].Length), name, id)
            : null;

    private static ContentDiagnostic Shortened(ValidationInput input, SourceSpan location, string name, string identifier) =>
        DiagnosticCatalog.IdentifierShortened.Create(input.Document.Path, location, Excerpt.Of(name), CSharpIdentifier.MaxLength, identifier);
}
