using System.Collections.Generic;
using System.Linq;
using NewsGen.Extraction.Model;
using NewsGen.Extraction.Validation;

namespace NewsGen.Extraction.Corrections;

/// <summary>
/// Warnings for corrections that did nothing, located at the correction: NG3008 when it matched but could not apply
/// (a speaker not in the article, an identifier already taken), NG3006 when it matched nothing at all. An article's
/// own corrections are judged on that article, corpus-wide ones on every article together.
/// </summary>
public static class CorrectionReport
{
    /// <summary>The warnings for <paramref name="corrections"/> given what they did in one article.</summary>
    public static IEnumerable<ContentDiagnostic> Unapplied(IEnumerable<Correction> corrections, IReadOnlyCollection<AppliedCorrection> outcomes) =>
        corrections.Select(c => Warning(c, outcomes.Where(o => o.Correction == c))).OfType<ContentDiagnostic>();

    /// <summary>The warnings for the corpus-wide <paramref name="corrections"/> given every article's result.</summary>
    public static IEnumerable<ContentDiagnostic> UnappliedInCorpus(IEnumerable<Correction> corrections, IEnumerable<ExtractionResult> results)
    {
        var outcomes = results.SelectMany(r => r.Corrections).ToList();
        return Unapplied(corrections, outcomes);
    }

    private static ContentDiagnostic? Warning(Correction correction, IEnumerable<AppliedCorrection> outcomes)
    {
        var list = outcomes.ToList();
        if (list.Any(o => o.Changes > 0))
        {
            return null;
        }

        var where = correction.Location;
        return list.FirstOrDefault(o => o.Problem is not null) is { } failed
            ? DiagnosticCatalog.CorrectionNotApplied.Create(where.Path, where.Span, CorrectionsReader.Describe(correction), failed.Problem!)
            : DiagnosticCatalog.CorrectionMatchesNothing.Create(where.Path, where.Span, CorrectionsReader.Describe(correction));
    }
}
