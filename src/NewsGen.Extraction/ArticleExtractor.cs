using System;
using System.Collections.Generic;
using System.Linq;
using NewsGen.Extraction.Corpus;
using NewsGen.Extraction.Corrections;
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
/// The extraction pipeline for one file, as a straight line: text → front matter → structure (less boilerplate
/// corrections) → entities and quotes (then entity and speaker corrections) → dates, events → identifier →
/// validation. Each stage only reads what earlier stages produced.
/// </summary>
public static class ArticleExtractor
{
    /// <summary>
    /// Extracts one article, applying the corpus-wide <paramref name="corrections"/> (none by default) and then the
    /// article's own (front matter <c>corrections:</c>). Never throws: a failure becomes an NG9001 diagnostic and no
    /// article.
    /// </summary>
    public static ExtractionResult Extract(ArticleSource source, ExtractionOptions options, EquatableArray<Correction> corrections = default)
    {
        try
        {
            var rejection = FileScreening.Screen(source, options);
            if (rejection is not null)
            {
                return new ExtractionResult(source.Path, null, new[] { rejection }.ToEquatableArray());
            }

            return ExtractScreened(source, options, corrections);
        }
        catch (Exception exception)
        {
            var diagnostic = DiagnosticCatalog.InternalFailure.Create(
                source.Path, new SourceSpan(0, 0, 0, 0, 0, 0), System.IO.Path.GetFileName(source.Path), exception.Message);
            return new ExtractionResult(source.Path, null, new[] { diagnostic }.ToEquatableArray());
        }
    }

    private static ExtractionResult ExtractScreened(ArticleSource source, ExtractionOptions options, EquatableArray<Correction> corpusCorrections)
    {
        var document = SourceDocument.Create(source.Path, source.Text);
        var frontMatter = FrontMatterReader.Read(document);
        var own = frontMatter.Corrections is { } block ? CorrectionsReader.Read(source.Path, block.Value) : CorrectionSet.Empty;
        var corrections = corpusCorrections.Concat(own.Corrections).ToList();
        var outcomes = new List<AppliedCorrection>();
        var structure = CorrectionApplier.DropBoilerplate(StructureReader.Read(document, frontMatter.BodyStart, options), corrections, outcomes);
        var extracted = EntityExtractor.Extract(structure);
        var (entities, quotes) = CorrectionApplier.Apply(extracted, QuoteExtractor.Extract(structure, extracted), corrections, outcomes);
        var knownDate = ReferenceDateSource.Find(source, frontMatter);
        var dates = DateExtractor.Extract(structure, knownDate);
        var events = EventExtractor.Extract(structure, entities, dates);
        var id = ArticleIdentifier.Choose(source, frontMatter, structure, entities);
        var (idOrigin, idLocation) = RequestedIdOrigin.Find(source, frontMatter);

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
            idLocation,
            frontMatter.Entries,
            dates.ReferenceDate);

        var found = ArticleValidator.Validate(new ValidationInput(document, frontMatter, structure, entities, quotes, dates, article, ArticleIdentifier.Requested(source, frontMatter)));
        var diagnostics = own.Corrections.Count + own.Diagnostics.Count == 0
            ? found
            : found.Concat(own.Diagnostics).Concat(CorrectionReport.Unapplied(own.Corrections, outcomes));
        var changed = outcomes.Count == 0 ? EquatableArray<AppliedCorrection>.Empty : outcomes.Where(o => o.Changes > 0 || o.Problem is not null).ToEquatableArray();

        // A file with front matter and nothing else is reported (NG0001) and skipped, like an empty file.
        return new ExtractionResult(source.Path, EmptyBodyCheck.IsEmpty(structure) ? null : article, diagnostics.ToEquatableArray(), changed);
    }
}
