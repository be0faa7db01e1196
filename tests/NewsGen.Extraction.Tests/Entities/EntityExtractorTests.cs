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
        const string title = "Putin meets NATO";
        const string caption = "File photo. Vladimir Putin in Moscow.";
        const string paragraph = "Russian President Vladimir Putin met NATO envoys.";

        var entities = EntityText.ExtractWith(title, caption, paragraph);

        var putin = entities.Person("Vladimir Putin");
        Assert.Equal(new[] { -1, -2, 0 }, putin.Mentions.Select(m => m.Paragraph));
        var body = putin.Mentions[2];
        var paragraphStart = title.Length + 2 + caption.Length + 2;
        Assert.Equal(paragraphStart + paragraph.IndexOf("Vladimir Putin", System.StringComparison.Ordinal), body.Start);
        Assert.Equal("Vladimir Putin".Length, body.Length);
        Assert.Equal("Putin", putin.Mentions[0].Text);
    }

    [Fact]
    public void A_title_case_headline_introduces_nobody_but_links_names_found_in_the_body()
    {
        var entities = EntityText.ExtractWith("Stealth Over Health: Hillary Rodwell Was Headed To Hospital But Diverted To Avoid Bad Optics", null, "Hillary Rodwell left early.");

        var person = Assert.Single(entities.People);
        Assert.Equal(new[] { -1, 0 }, person.Mentions.Select(m => m.Paragraph));
    }

    [Fact]
    public void A_photo_credit_is_read_with_the_caption()
    {
        var document = "Talks\n\nFile photo. Generals met. [Handout photo, EUCOM]\n\nThey met again.";
        var entities = EntityText.ExtractWithPhoto(document, "File photo. Generals met.", "Handout photo, EUCOM");

        var mention = Assert.Single(entities.Organization("EUCOM").Mentions);
        Assert.Equal(-2, mention.Paragraph);
        Assert.Equal(document.IndexOf("EUCOM", System.StringComparison.Ordinal), mention.Start);
    }

    [Fact]
    public void Entities_come_in_order_of_first_mention_with_unique_ids()
    {
        var entities = EntityText.Extract("Angela Merkel met Emmanuel Macron.", "Later Nadia Merkel, no relation, arrived in Berlin.");

        Assert.Equal(new[] { "Angela Merkel", "Emmanuel Macron", "Nadia Merkel" }, entities.PersonNames());
        Assert.Equal(new[] { "AngelaMerkel", "EmmanuelMacron", "NadiaMerkel" }, entities.People.Select(p => p.Id));
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
