using System.Collections.Generic;
using NewsGen.Extraction.Model;

namespace NewsGen.Extraction.Quotes;

/// <summary>
/// The quotes of an article, plus the offsets of opening marks that were never closed (reported by validation) and
/// the starts of the quotes a correction left without a speaker on purpose (not reported as unattributed).
/// </summary>
public sealed record QuoteResult(IReadOnlyList<Quote> Quotes, IReadOnlyList<int> UnbalancedMarks, IReadOnlyCollection<int>? ClearedSpeakers = null);
