namespace NewsGen.Extraction.Model;

/// <summary>Who did what, where and when, read from one sentence that carries a date and participants.</summary>
public sealed record NewsEvent(
    string Id,
    CalendarDate? Date,
    string? Place,
    EquatableArray<EntityRef> Participants,
    string Summary,
    int Paragraph);
