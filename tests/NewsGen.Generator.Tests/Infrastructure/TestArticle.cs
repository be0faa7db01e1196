namespace NewsGen.Generator.Tests.Infrastructure;

/// <summary>An article file for a generator run: path, text and the item metadata MSBuild would pass.</summary>
internal sealed record TestArticle(string Path, string Text, string? Name = null, string? Published = null, bool IsArticle = true);
