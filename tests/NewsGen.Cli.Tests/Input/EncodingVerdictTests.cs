using NewsGen.Cli.Input;
using NewsGen.Extraction.Model;
using NewsGen.Extraction.Validation;
using NewsGen.Tests;

namespace NewsGen.Cli.Tests.Input;

/// <summary>The tool screens each encoding case as a build does (the same cases run through the generator's reader).</summary>
public class EncodingVerdictTests
{
    [Theory]
    [MemberData(nameof(EncodingCases.All), MemberType = typeof(EncodingCases))]
    public void Check_gives_the_build_verdict(string name, byte[] bytes, string expected)
    {
        var source = ArticleReader.Decode(name + ".txt", bytes);

        Assert.Equal(expected, FileScreening.Screen(source, ExtractionOptions.Default)?.Id ?? "");
    }

    [Fact]
    public void Check_reports_a_utf32_file_as_binary_like_the_build()
    {
        using var corpus = new TempCorpus();
        var file = corpus.WriteBytes("wide.txt", [0xFF, 0xFE, 0x00, 0x00, 0x41, 0x00, 0x00, 0x00, 0x0A, 0x00, 0x00, 0x00]);

        var (exit, output, _) = Run.Check(file);

        Assert.Equal(1, exit);
        Assert.Contains("error NG4002", output);
    }
}
