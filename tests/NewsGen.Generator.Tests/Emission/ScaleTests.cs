using System.IO;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;
using NewsGen.Generator.Tests.Infrastructure;

namespace NewsGen.Generator.Tests.Emission;

/// <summary>
/// Ordinary string literals share a 16 MB heap per assembly (CS8103 beyond it). Content goes into UTF-8 literals,
/// which live in the assembly's data instead, so the heap holds only identifiers and names however much text there is.
/// </summary>
public class ScaleTests
{
    [Fact]
    public void Content_text_stays_out_of_the_user_string_heap()
    {
        var paragraph = new string('x', 9_999) + "\u00E9";
        var articles = Enumerable.Range(0, 4)
            .Select(i => Models.Article($"/project/big/{i}.txt", $"Big{i}", title: paragraph, sections: [(paragraph, Enumerable.Repeat(paragraph, 10).ToArray())]))
            .ToList();
        var compilation = Compiler.Compile(ModelEmission.Render(articles).Select(f => f.Text), "Big");

        using var stream = new MemoryStream();
        Assert.True(compilation.Emit(stream).Success);

        stream.Position = 0;
        using var pe = new PEReader(stream);
        var userStrings = pe.GetMetadataReader().GetHeapSize(HeapIndex.UserString);
        var contentBytes = articles.Count * 12 * paragraph.Length * 2;
        Assert.True(userStrings < contentBytes / 50, $"{userStrings} bytes of user strings for {contentBytes} bytes of content");
    }
}
