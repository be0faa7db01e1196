using System.IO;
using NewsGen.Extraction.Model;
using NewsGen.Extraction.Text;

namespace NewsGen.Cli.Input;

/// <summary>
/// Reads an article file the way the compiler reads an additional file (<see cref="ArticleDecoding"/>), so that
/// <c>check</c> accepts or rejects it exactly as a build does.
/// </summary>
internal static class ArticleReader
{
    public static ArticleSource Read(string path) => Decode(path, File.ReadAllBytes(path));

    public static ArticleSource Decode(string path, byte[] bytes)
    {
        var (text, valid) = ArticleDecoding.Decode(bytes);
        return new ArticleSource(path, text, NameOverride: null, PublishedOverride: null, IsValidUtf8: valid);
    }
}
