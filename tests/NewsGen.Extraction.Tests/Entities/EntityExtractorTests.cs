using System.IO;
using System.Linq;
using NewsGen.Extraction.Model;
using NewsGen.Tests;

namespace NewsGen.Extraction.Tests.Entities;

public class EntityExtractorTests
{
    [Fact]
    public void Mentions_point_into_the_normalized_text_with_title_and_caption_indexes()
    {
        const string title = "Halvorsen meets NORSEC";
        const string caption = "File photo. Ingrid Halvorsen in Lisbon.";
        const string paragraph = "Norwegian Minister Ingrid Halvorsen met NORSEC envoys.";

        var entities = EntityText.ExtractWith(title, caption, paragraph);

        var halvorsen = entities.Person("Ingrid Halvorsen");
        Assert.Equal(new[] { -1, -2, 0 }, halvorsen.Mentions.Select(m => m.Paragraph));
        var body = halvorsen.Mentions[2];
        var paragraphStart = title.Length + 2 + caption.Length + 2;
        Assert.Equal(paragraphStart + paragraph.IndexOf("Ingrid Halvorsen", System.StringComparison.Ordinal), body.Start);
        Assert.Equal("Ingrid Halvorsen".Length, body.Length);
        Assert.Equal("Halvorsen", halvorsen.Mentions[0].Text);
    }

    [Fact]
    public void A_title_case_headline_introduces_nobody_but_links_names_found_in_the_body()
    {
        var entities = EntityText.ExtractWith("Quiet Exit: Marisol Echeverri Was Driven To The Airport But Stopped To Greet Old Friends", null, "Marisol Echeverri left early.");

        var person = Assert.Single(entities.People);
        Assert.Equal(new[] { -1, 0 }, person.Mentions.Select(m => m.Paragraph));
    }

    [Fact]
    public void A_photo_credit_is_read_with_the_caption()
    {
        var document = "Talks\n\nFile photo. Admirals met. [Pool photo, TRIMAR]\n\nThey met again.";
        var entities = EntityText.ExtractWithPhoto(document, "File photo. Admirals met.", "Pool photo, TRIMAR");

        var mention = Assert.Single(entities.Organization("TRIMAR").Mentions);
        Assert.Equal(-2, mention.Paragraph);
        Assert.Equal(document.IndexOf("TRIMAR", System.StringComparison.Ordinal), mention.Start);
    }

    [Fact]
    public void Entities_come_in_order_of_first_mention_with_unique_ids()
    {
        var entities = EntityText.Extract("Renata Okafor met Tobias Lindqvist.", "Later Nadia Okafor, no relation, arrived in Lisbon.");

        Assert.Equal(new[] { "Renata Okafor", "Tobias Lindqvist", "Nadia Okafor" }, entities.PersonNames());
        Assert.Equal(new[] { "RenataOkafor", "TobiasLindqvist", "NadiaOkafor" }, entities.People.Select(p => p.Id));
    }

    [Fact]
    public void Equal_ids_are_made_unique_across_kinds()
    {
        var entities = EntityText.Extract("The Georgia Party met in Georgia.");

        var ids = entities.Organizations.Select(o => o.Id).Concat(entities.Places.Select(p => p.Id)).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    [Fact]
    public void Seed_people_match_the_gold_names_and_aliases()
    {
        var source = new ArticleSource(RepoPaths.SeedFile, File.ReadAllText(RepoPaths.SeedFile), null, null);

        var article = ArticleExtractor.Extract(source, ExtractionOptions.Default).Article!;

        Assert.Equal(
            new[] { "Curtis M. Scaparrotti", "Valery Gerasimov", "Ilham Aliyev", "Barack Obama", "Vladimir Putin", "Petro Poroshenko", "Mike Pompeo", "Khalaf Khalafov", "Hikmet Hajiyev" },
            article.People.Select(p => p.Name));
        var scaparrotti = article.People[0];
        foreach (var alias in new[] { "Curtis Scaparotti", "Scaparotti", "Scaparrotti", "Curtis Scaparrotti" })
        {
            Assert.Contains(alias, scaparrotti.Aliases);
        }

        Assert.Contains(scaparrotti.Mentions, m => m.Text == "Scaparotti");
        Assert.Equal(new[] { "Putin" }, article.People.Single(p => p.Name == "Vladimir Putin").Aliases);
    }

    [Fact]
    public void Seed_organizations_and_places_include_the_gold_ones()
    {
        var source = new ArticleSource(RepoPaths.SeedFile, File.ReadAllText(RepoPaths.SeedFile), null, null);

        var article = ArticleExtractor.Extract(source, ExtractionOptions.Default).Article!;

        Assert.Subset(article.Organizations.Select(o => o.Name).ToHashSet(), new[] { "NATO", "EUCOM", "RT", "Stars and Stripes", "Eurasian Union" }.ToHashSet());
        Assert.Subset(
            article.Places.Select(p => p.Name).ToHashSet(),
            new[] { "Baku", "Azerbaijan", "Russia", "Ukraine", "Kyiv", "Azov Sea", "Kerch Strait", "Afghanistan", "Europe", "Moscow", "Washington", "United States" }.ToHashSet());
    }
}
