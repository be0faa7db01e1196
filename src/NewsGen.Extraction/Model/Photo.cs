namespace NewsGen.Extraction.Model;

/// <summary>A photo caption and its credit, e.g. <c>File photo. … [Handout photo, Agency]</c>.</summary>
public sealed record Photo(string Caption, string Credit, int Start);
