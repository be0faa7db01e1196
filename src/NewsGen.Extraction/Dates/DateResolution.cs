using System.Collections.Generic;
using NewsGen.Extraction.Model;

namespace NewsGen.Extraction.Dates;

/// <summary>
/// The dates of an article and the reference date relative expressions were resolved against
/// (null when none could be found; then relative dates stay unresolved).
/// </summary>
public sealed record DateResolution(IReadOnlyList<DateMention> Dates, CalendarDate? ReferenceDate);
