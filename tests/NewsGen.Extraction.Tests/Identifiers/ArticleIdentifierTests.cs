using System.IO;
using NewsGen.Extraction.Entities;
using NewsGen.Extraction.Identifiers;
using NewsGen.Extraction.Model;
using NewsGen.Extraction.Structure;
using NewsGen.Extraction.Tests.Structure;
using NewsGen.Extraction.Text;
using NewsGen.Tests;

namespace NewsGen.Extraction.Tests.Identifiers;

public class ArticleIdentifierTests
{
    private const string Text = "---\nid: front-matter-id\n---\nLeaders gather in Geneva\n\nThe talks in Geneva began. The talks in Geneva went on.";

    private static string Choose(string path, string text, string? nameOverride = null)
    {
        var document = SourceDocument.Create(path, text);
        var frontMatter = FrontMatterReader.Read(document);
        var structure = StructureReader.Read(document, frontMatter.BodyStart, ExtractionOptions.Default);
        var entities = HandBuiltEntities.Places(structure, ("Geneva", PlaceKind.City));
        return ArticleIdentifier.Choose(new ArticleSource(path, text, nameOverride, null), frontMatter, structure, entities);
    }

    [Fact]
    public void Item_metadata_comes_first()
    {
        Assert.Equal("MyName", Choose("seeds/geneva-story.txt", Text, "MyName"));
        Assert.Equal("Class", Choose("seeds/geneva-story.txt", Text, "class"));
    }

    [Fact]
    public void Front_matter_id_comes_second() => Assert.Equal("FrontMatterId", Choose("seeds/geneva-story.txt", Text, "  "));

    [Fact]
    public void A_file_name_made_of_words_comes_third()
    {
        var withoutId = Text.Replace("id: front-matter-id", "source: Wire");

        Assert.Equal("GenevaStory", Choose("seeds/geneva-story.txt", withoutId));
    }

    [Fact]
    public void Content_key_phrase_for_opaque_file_names()
    {
        var withoutId = Text.Replace("id: front-matter-id", "id:");

        Assert.Equal("GenevaTalks", Choose("seeds/000_9f8e7d6c5b4a.txt", withoutId));
    }

    [Fact]
    public void Title_key_words_when_no_event_is_tied_to_a_place()
    {
        Assert.Equal("LeadersGatherGeneva", Choose("seeds/0001.txt", "Leaders gather in Geneva\n\nNothing else happened."));
    }

    [Fact]
    public void Empty_title_falls_back_to_article()
    {
        var document = SourceDocument.Create("0001.txt", "x");
        var structure = new ArticleStructure(document, "?", 0, null, [], [], []);

        Assert.Equal("Article", ArticleIdentifier.Choose(new ArticleSource("0001.txt", "?", null, null), FrontMatter.None, structure, new EntitySet([], [], [])));
    }

    [Fact]
    public void Seed_is_named_after_its_meeting_in_baku()
    {
        var text = File.ReadAllText(RepoPaths.SeedFile);
        var document = SourceDocument.Create(RepoPaths.SeedFile, text);
        var structure = StructureReader.Read(document, 0, ExtractionOptions.Default);
        var entities = HandBuiltEntities.Places(
            structure,
            ("Baku", PlaceKind.City, []),
            ("Azerbaijan", PlaceKind.Country, ["Azerbaijani"]),
            ("Russia", PlaceKind.Country, ["Russian"]),
            ("Ukraine", PlaceKind.Country, ["Ukrainian"]),
            ("Kyiv", PlaceKind.City, []),
            ("Moscow", PlaceKind.City, []),
            ("Washington", PlaceKind.City, []),
            ("Afghanistan", PlaceKind.Country, []),
            ("Europe", PlaceKind.Continent, []),
            ("Azov Sea", PlaceKind.Water, []),
            ("Kerch Strait", PlaceKind.Water, []),
            ("United States", PlaceKind.Country, ["US"]));

        var id = ArticleIdentifier.Choose(new ArticleSource(RepoPaths.SeedFile, text, null, null), FrontMatter.None, structure, entities);

        Assert.Equal("BakuMeeting", id);
    }

    [Fact]
    public void Seed_without_places_falls_back_to_its_title_words()
    {
        var text = File.ReadAllText(RepoPaths.SeedFile);
        var document = SourceDocument.Create(RepoPaths.SeedFile, text);
        var structure = StructureReader.Read(document, 0, ExtractionOptions.Default);

        var id = ArticleIdentifier.Choose(new ArticleSource(RepoPaths.SeedFile, text, null, null), FrontMatter.None, structure, new EntitySet([], [], []));

        Assert.Equal("NATOBakuPerfectVenue", id);
    }
}
