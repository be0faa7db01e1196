using System.Text;
using Microsoft.CodeAnalysis.Text;
using NewsGen.Extraction.Model;
using NewsGen.Extraction.Validation;
using NewsGen.Generator.Options;
using NewsGen.Generator.Tests.Infrastructure;
using NewsGen.Tests;

namespace NewsGen.Generator.Tests.Options;

/// <summary>A build screens each encoding case as <c>newsgen check</c> does (the same cases run through the tool's reader).</summary>
public class EncodingVerdictTests
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>
    /// The text of an additional file as the command-line compiler reads it: Roslyn's own byte-order-mark detection,
    /// strict UTF-8 without a mark, a legacy code page when that fails.
    /// </summary>
    private static SourceText AsCompilerReads(byte[] bytes)
    {
        try
        {
            return SourceText.From(bytes, bytes.Length, StrictUtf8);
        }
        catch (DecoderFallbackException)
        {
            return SourceText.From(bytes, bytes.Length, Encoding.Latin1);
        }
    }

    [Theory]
    [MemberData(nameof(EncodingCases.All), MemberType = typeof(EncodingCases))]
    public void The_build_gives_the_check_verdict(string name, byte[] bytes, string expected)
    {
        var text = new InMemoryAdditionalText("/p/" + name + ".txt", AsCompilerReads(bytes));

        var source = OptionsReader.ReadArticle(text, TestOptionsProvider.For([]).GlobalOptions, default);

        Assert.Equal(expected, FileScreening.Screen(source, ExtractionOptions.Default)?.Id ?? "");
    }
}
