using System.Collections.Generic;
using NewsGen.Extraction.Model;

namespace NewsGen.Extraction.Events;

/// <summary>An event before duplicates are merged and ids are given; <see cref="Noun"/> names what happened, if known.</summary>
internal sealed record EventDraft(
    CalendarDate Date,
    string? Place,
    IReadOnlyList<EntityRef> Participants,
    string Summary,
    int Paragraph,
    string? Noun);
