using System.Collections.Generic;
using NewsGen.Extraction.Model;

namespace NewsGen.Extraction.Events;

/// <summary>
/// One sentence as events see it: its first resolved date, the people and organizations named in it (in order
/// of first mention), its most specific place and its event nouns.
/// </summary>
internal sealed record EventSentence(
    int Paragraph,
    string Text,
    CalendarDate? Date,
    IReadOnlyList<EntityRef> People,
    IReadOnlyList<EntityRef> Organizations,
    string? Place,
    IReadOnlyList<string> Nouns);
