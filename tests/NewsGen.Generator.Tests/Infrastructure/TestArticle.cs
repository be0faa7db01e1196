namespace NewsGen.Generator.Tests.Infrastructure;

/// <summary>
/// An article file for a generator run: path, text and the item metadata MSBuild would pass. With
/// <paramref name="IsCorrections"/> the file is a corpus-wide corrections file (<c>NewsGenCorrections="true"</c>).
/// </summary>
internal sealed record TestArticle(string Path, string Text, string? Name = null, string? Published = null, bool IsArticle = true, bool IsCorrections = false)
{
    /// <summary>A corrections file, as the package marks <c>newsgen.yml</c>.</summary>
    public static TestArticle Corrections(string path, string text) => new(path, text, IsArticle: false, IsCorrections: true);
}
