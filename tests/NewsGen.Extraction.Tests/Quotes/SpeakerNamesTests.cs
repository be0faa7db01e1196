using System.Linq;
using NewsGen.Extraction.Model;
using NewsGen.Extraction.Quotes;
using NewsGen.Extraction.Structure;
using NewsGen.Extraction.Text;
using static NewsGen.Extraction.Tests.Quotes.QuoteTestText;

namespace NewsGen.Extraction.Tests.Quotes;

public class SpeakerNamesTests
{
    private static readonly NewsGen.Extraction.Entities.EntitySet Rowers = EntitiesOf("Person:Ingrid Solberg|Solberg", "Org:Fjord Rowing Club");

    private static System.Collections.Generic.List<NameMention> MentionsIn(string paragraph) => MentionsIn(Rowers, paragraph);

    private static System.Collections.Generic.List<NameMention> MentionsIn(NewsGen.Extraction.Entities.EntitySet entities, string paragraph)
    {
        var document = SourceDocument.Create("test.txt", "Title\n\n" + paragraph + "\n");
        var structure = StructureReader.Read(document, 0, ExtractionOptions.Default);
        return SpeakerNames.From(entities).FindIn(new ParagraphWords(structure.Paragraphs[0], 0, structure.Text), null);
    }

    [Theory]
    [InlineData("The ferry waited for Mrs. Orlan at dawn.", (int)Gender.Female)]
    [InlineData("The ferry waited for Queen Orlan at dawn.", (int)Gender.Female)]
    [InlineData("The ferry waited for QUEEN Orlan at dawn.", (int)Gender.Unknown)]
    [InlineData("The ferry waited for Sir Orlan at dawn.", (int)Gender.Male)]
    [InlineData("The ferry waited for captain Orlan at dawn.", (int)Gender.Unknown)]
    [InlineData("The ferry waited for Orlan at dawn.", (int)Gender.Unknown)]
    public void A_gendered_honorific_or_title_as_written_before_a_name_tells_its_gender(string sentence, int expected)
    {
        var document = SourceDocument.Create("test.txt", "Title\n\n" + sentence + "\n");
        var structure = StructureReader.Read(document, 0, ExtractionOptions.Default);
        var paragraph = new ParagraphWords(structure.Paragraphs[0], 0, structure.Text);
        var first = Enumerable.Range(0, paragraph.Tokens.Length).Single(t => paragraph.IsWord(t) && paragraph[t] == "Orlan");

        Assert.Equal((Gender)expected, SpeakerNames.HonorificBefore(paragraph, first));
    }

    [Theory]
    [InlineData("The new boat was Solberg\u2019s idea, said Fjord Rowing Club.")]
    [InlineData("The new boat was Solberg's idea, said Fjord Rowing Club.")]
    [InlineData("The new boat was Ingrid Solberg\u2019s idea, said Fjord Rowing Club.")]
    public void Names_before_a_possessive_of_either_apostrophe_are_found_among_other_capitalized_words(string paragraph)
    {
        var mentions = MentionsIn(paragraph);

        Assert.Equal(new[] { ("Ingrid Solberg", true), ("Fjord Rowing Club", false) }, mentions.Select(m => (m.Speaker.Name, m.IsPossessive)));
    }

    [Fact]
    public void Capitalized_words_that_start_no_name_give_no_mention()
    {
        Assert.Empty(MentionsIn("Rowing in Bergen and Fjord Boats opened on Monday."));
    }

    [Fact]
    public void Names_that_share_a_first_word_are_told_apart_and_a_curly_apostrophe_reads_as_a_straight_one()
    {
        var keepers = EntitiesOf("Person:Aoife O'Rourke", "Person:Aoife Brennan", "Person:Aoife Brennan-Lacey");

        var mentions = MentionsIn(keepers, "Aoife O\u2019Rourke met Aoife Brennan and Aoife Brennan-Lacey at the quay.");

        Assert.Equal(["Aoife O'Rourke", "Aoife Brennan", "Aoife Brennan-Lacey"], mentions.Select(m => m.Speaker.Name));
    }
}
