using System;
using System.Collections.Generic;
using System.Linq;
using NewsGen.Extraction.Corpus;
using NewsGen.Extraction.Dates;
using NewsGen.Extraction.Entities;
using NewsGen.Extraction.Events;
using NewsGen.Extraction.Identifiers;
using NewsGen.Extraction.Model;
using NewsGen.Extraction.Quotes;
using NewsGen.Extraction.Structure;
using NewsGen.Extraction.Text;
using NewsGen.Extraction.Validation;
using NewsGen.Extraction.Validation.Checks;

namespace NewsGen.Extraction;

/// <summary>
/// The extraction pipeline for one file, as a straight line: text → structure → entities → quotes, dates,
/// events → identifier → validation. Each stage only reads what earlier stages produced.
/// </summary>
public static class ArticleExtractor
{
    /// <summary>Extracts one article. Never throws: a failure becomes an NG9001 diagnostic and no article.</summary>
    public static ExtractionResult Extract(ArticleSource source, ExtractionOptions options)
    {
        try
        {
            var rejection = FileScreening.Screen(source, options);
            if (rejection is not null)
            {
                return new ExtractionResult(source.Path, null, new[] { rejection }.ToEquatableArray());
            }

            return ExtractScreened(source, options);
        }
        catch (Exception exception)
        {
            var diagnostic = DiagnosticCatalog.InternalFailure.Create(
                source.Path, new SourceSpan(0, 0, 0, 0, 0, 0), System.IO.Path.GetFileName(source.Path), exception.Message);
            return new ExtractionResult(source.Path, null, new[] { diagnostic }.ToEquatableArray());
        }
    }

    private static ExtractionResult ExtractScreened(ArticleSource source, ExtractionOptions options)
    {
        var document = SourceDocument.Create(source.Path, source.Text);
        var frontMatter = FrontMatterReader.Read(document);
        var structure = StructureReader.Read(document, frontMatter.BodyStart, options);
        var entities = EntityExtractor.Extract(structure);
        var quotes = QuoteExtractor.Extract(structure, entities);
        var knownDate = ReferenceDateSource.Find(source, frontMatter);
        var dates = DateExtractor.Extract(structure, knownDate);
        var events = EventExtractor.Extract(structure, entities, dates);
        var id = ArticleIdentifier.Choose(source, frontMatter, structure, entities);
        var (idOrigin, idLocation) = RequestedIdOrigin.Find(source, frontMatter, document);

        var article = new Article(
            source.Path,
            id,
            structure.Title,
            Slug.FromIdentifier(id),
            knownDate,
            frontMatter["source"]?.Value,
            frontMatter["author"]?.Value,
            structure.Photo,
            structure.Sections.ToEquatableArray(),
            WordCounter.Count(structure),
            entities.People.ToEquatableArray(),
            entities.Organizations.ToEquatableArray(),
            entities.Places.ToEquatableArray(),
            quotes.Quotes.ToEquatableArray(),
            dates.Dates.ToEquatableArray(),
            events.ToEquatableArray(),
            idOrigin,
            idLocation);

        var diagnostics = ArticleValidator.Validate(new ValidationInput(document, frontMatter, structure, entities, quotes, dates, article, ArticleIdentifier.Requested(source, frontMatter)));
        // A file with front matter and nothing else is reported (NG0001) and skipped, like an empty file.
        return new ExtractionResult(source.Path, EmptyBodyCheck.IsEmpty(structure) ? null : article, diagnostics.ToEquatableArray());
    }
}
