using System.IO;
using System.Linq;
using NewsGen.Extraction.Quotes;
using NewsGen.Extraction.Structure;
using NewsGen.Extraction.Text;
using NewsGen.Tests;
using static NewsGen.Extraction.Tests.Quotes.QuoteTestText;

namespace NewsGen.Extraction.Tests.Quotes;

public class SeedQuoteTests
{
    [Fact]
    public void Seed_quotes_and_speakers_match_the_gold()
    {
        var document = SourceDocument.Create(RepoPaths.SeedFile, File.ReadAllText(RepoPaths.SeedFile));
        var structure = StructureReader.Read(document, FrontMatterReader.Read(document).BodyStart, NewsGen.Extraction.Model.ExtractionOptions.Default);
        var entities = EntitiesOf(
            "Person:Curtis M. Scaparrotti|Curtis Scaparotti|Scaparotti|Scaparrotti",
            "Person:Valery Gerasimov|Gerasimov",
            "Person:Ilham Aliyev|Aliyev",
            "Person:Vladimir Putin|Putin",
            "Person:Khalaf Khalafov|Khalafov",
            "Person:Hikmet Hajiyev|Hajiyev",
            "Org:NATO",
            "Org:RT",
            "Org:Stars and Stripes");

        var result = QuoteExtractor.Extract(structure, entities);

        Assert.Equal(
            new[] { "RT", "Khalaf Khalafov", "Hikmet Hajiyev", "Hikmet Hajiyev", "Hikmet Hajiyev" },
            result.Quotes.Select(q => q.Speaker?.Name));
        Assert.Equal("the diplomatic capital of the region", result.Quotes[2].Text);
        Assert.DoesNotContain(result.Quotes, q => q.Text.Contains("Stars and Stripes"));
        Assert.Empty(result.UnbalancedMarks);
    }
}
