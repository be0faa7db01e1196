using System;
using System.IO;
using System.Linq;
using NewsGen.Tests;

namespace NewsGen.Extraction.Tests.Structure;

public class CorpusStructureTests
{
    [SharedFact("corpus/bbc")]
    public void Bbc_articles_read_without_errors_and_without_invented_headings_or_photos()
    {
        var files = Directory.GetFiles(Path.Combine(RepoPaths.Shared!, "corpus", "bbc"), "*.txt", SearchOption.AllDirectories);
        var headings = 0;
        var photos = 0;
        foreach (var file in files)
        {
            var structure = Articles.Read(File.ReadAllText(file));
            Articles.AssertOffsets(structure);
            Assert.Equal(File.ReadLines(file).First(l => l.Trim().Length > 0).Trim(), structure.Title);
            Assert.NotEmpty(structure.Paragraphs);
            headings += structure.Headings().Length;
            photos += structure.Photo is null ? 0 : 1;
        }

        Assert.True(files.Length > 2000);
        Assert.InRange(headings, 0, 5);
        Assert.Equal(0, photos);
    }

    [SharedFact("corpus/polnear-dev/text")]
    public void Polnear_titles_are_first_lines_and_no_headings_appear()
    {
        foreach (var file in Directory.GetFiles(Path.Combine(RepoPaths.Shared!, "corpus", "polnear-dev", "text")))
        {
            var structure = Articles.Read(File.ReadAllText(file));

            Assert.Equal(File.ReadLines(file).First().Trim(), structure.Title);
            Assert.Empty(structure.Headings());
            Assert.True(structure.Paragraphs.Count >= 2, Path.GetFileName(file));
            Articles.AssertOffsets(structure);
        }
    }

    [SharedFact("corpus/polnear-dev/text/huff-post_2016-09-16_black-lawmakers-rip-donald-trump.txt")]
    public void One_paragraph_per_line_files_are_split_per_line()
    {
        var path = Path.Combine(RepoPaths.Shared!, "corpus", "polnear-dev", "text", "huff-post_2016-09-16_black-lawmakers-rip-donald-trump.txt");
        var nonBlankLines = File.ReadLines(path).Count(l => l.Trim().Length > 0);

        var structure = Articles.Read(File.ReadAllText(path));

        Assert.Equal(nonBlankLines - 1, structure.Paragraphs.Count + structure.Boilerplate.Count);
        Assert.Contains("That comment is a lie.", structure.ParagraphTexts());
        Assert.StartsWith("WASHINGTON", structure.Paragraphs[0].Text, StringComparison.Ordinal);
        Assert.StartsWith("“This is a disgusting day,”", structure.Paragraphs[1].Text, StringComparison.Ordinal);
    }
}
