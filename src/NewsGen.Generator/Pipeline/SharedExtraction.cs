using System.Runtime.CompilerServices;
using NewsGen.Extraction;
using NewsGen.Extraction.Model;

namespace NewsGen.Generator.Pipeline;

/// <summary>
/// Lets the generator and the content analyzer extract each article once per compilation instead of once each. Both
/// read an article from the same <c>AdditionalText</c>, whose text the compiler decodes once, so they hold the same
/// string instance: results are kept against that instance (weakly, so they go when the compilation's text goes) and
/// reused when the source, the options and the corpus-wide corrections are equal. A text read twice into different
/// instances, other options or other corrections simply miss and are extracted again: the cache changes cost, never
/// results.
/// </summary>
internal static class SharedExtraction
{
    private static readonly ConditionalWeakTable<string, Slot> Results = new();

    /// <summary><see cref="ArticleExtractor.Extract"/>, served from the result of an earlier call on the same text when there is one.</summary>
    public static ExtractionResult Extract(ArticleSource source, ExtractionOptions options, EquatableArray<Correction> corrections = default)
    {
        var slot = Results.GetOrCreateValue(source.Text);
        var last = slot.Last;
        if (last is not null && last.Source.Equals(source) && last.Options.Equals(options) && last.Corrections.Equals(corrections))
        {
            return last.Result;
        }

        var result = ArticleExtractor.Extract(source, options, corrections);
        slot.Last = new Entry(source, options, corrections, result);
        return result;
    }

    /// <summary>The last extraction of one text (a reference swap, so concurrent callers never see half an entry).</summary>
    private sealed class Slot
    {
        public volatile Entry? Last;
    }

    private sealed record Entry(ArticleSource Source, ExtractionOptions Options, EquatableArray<Correction> Corrections, ExtractionResult Result);
}
