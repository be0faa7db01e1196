using System.IO;
using System.Linq;
using NewsGen.Extraction.Entities;
using NewsGen.Extraction.Model;
using NewsGen.Extraction.Structure;
using NewsGen.Extraction.Text;
using NewsGen.Tests;

namespace NewsGen.Extraction.Tests.Entities;

public class RobustnessTests
{
    [Theory]
    [InlineData("")]
    [InlineData("Mr.")]
    [InlineData("Mr")]
    [InlineData("\u201C")]
    [InlineData("\u201CUnclosed Quote Title, the newspaper")]
    [InlineData("According to")]
    [InlineData("according to the")]
    [InlineData("Sea of")]
    [InlineData("Lake")]
    [InlineData("The Ministry of")]
    [InlineData("Commission and")]
    [InlineData("ASEAN-")]
    [InlineData("-Peru")]
    [InlineData("It is in the U.S.")]
    [InlineData("(ASEAN)")]
    [InlineData("Smith,")]
    [InlineData(", Smith")]
    [InlineData("O'")]
    [InlineData("\uD83D\uDE00 Emoji Person said \uFFFD")]
    [InlineData("JOHN SMITH SAID ASEAN MET IN LIMA")]
    [InlineData("the television")]
    [InlineData("Marchetti campaign")]
    public void Odd_texts_extract_without_failing(string text)
    {
        var entities = EntityText.ExtractWith(text, text, text);

        Assert.All(entities.People.Concat<object>(entities.Organizations).Concat(entities.Places), Assert.NotNull);
    }

    [SharedFact("corpus/bbc")]
    public void Every_BBC_article_extracts_with_mentions_inside_the_text()
    {
        var files = Directory.GetFiles(Path.Combine(RepoPaths.Shared!, "corpus", "bbc"), "*.txt", SearchOption.AllDirectories);
        var mentions = 0;
        foreach (var file in files)
        {
            var document = SourceDocument.Create(file, File.ReadAllText(file));
            var structure = StructureReader.Read(document, 0, ExtractionOptions.Default);

            var entities = EntityExtractor.Extract(structure);

            foreach (var mention in entities.People.SelectMany(p => p.Mentions).Concat(entities.Organizations.SelectMany(o => o.Mentions)).Concat(entities.Places.SelectMany(p => p.Mentions)))
            {
                Assert.Equal(mention.Text, document.Text.Substring(mention.Start, mention.Length));
                mentions++;
            }
        }

        Assert.True(mentions > files.Length, $"{mentions} mentions in {files.Length} files");
    }
}
