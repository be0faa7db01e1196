namespace NewsGen.Extraction.Model;

/// <summary>A date expression as written and the calendar day it resolves to (null when it cannot be resolved).</summary>
public sealed record DateMention(string Text, CalendarDate? Value, int Paragraph, int Start, int Length);
