using System;
using System.IO;
using System.Linq;
using NewsGen.Curated;
using NewsGen.Curated.Content;
using NewsGen.Extraction;
using NewsGen.Extraction.Model;
using NewsGen.Tests;

namespace NewsGen.Curated.Tests;

/// <summary>The metadata-and-corrections sample (samples/NewsGen.Curated), compiled by the generator as a user's project is.</summary>
public class CuratedSampleTests
{
    private static string ArticlesFolder => Path.Combine(RepoPaths.Root, "samples", "NewsGen.Curated", "articles");

    [Fact]
    public void Every_article_has_its_front_matter_as_typed_metadata()
    {
        var apology = Articles.PmApology.Meta;
        Assert.Equal(["justice", "northern-ireland"], apology.Tags);
        Assert.Equal(Desk.Politics, apology.Desk);
        Assert.False(apology.Draft);
        Assert.StartsWith("The prime minister apologises", apology.Summary);
        Assert.Null(apology.CanonicalUrl);

        Assert.Equal(new Uri("https://example.com/politics/howard-rebuts-asylum-criticisms"), Articles.HowardAsylum.Meta.CanonicalUrl);
        Assert.True(Articles.DomeSaleErrors.Meta.Draft);
    }

    [Fact]
    public void Articles_are_queried_by_their_metadata()
    {
        Assert.Equal([Articles.HowardAsylum, Articles.PmApology], Articles.All.Where(a => !a.Meta.Draft).OrderBy(a => a.Id));
        Assert.Equal([Articles.HowardAsylum], Articles.All.Where(a => a.Meta.Tags.Contains("asylum")));
    }

    [Theory]
    [InlineData("pm-apology.txt", "Questions")]
    [InlineData("howard-asylum.txt", "Nasty")]
    public void A_word_extraction_takes_for_a_person_is_gone_once_a_correction_suppresses_it(string file, string word)
    {
        var text = File.ReadAllText(Path.Combine(ArticlesFolder, file));
        var body = text.Substring(text.IndexOf("\n---\n", 4, StringComparison.Ordinal) + 5);
        var uncorrected = ArticleExtractor.Extract(new ArticleSource(file, body, null, null), ExtractionOptions.Default).Article!;

        Assert.Contains(uncorrected.People, p => p.Name == word);
        Assert.Null(People.Find(word));
        Assert.DoesNotContain(People.All, p => p.Name == word);
    }

    [Fact]
    public void A_role_given_in_the_corrections_file_is_compiled_in()
    {
        var person = People.All.Single(p => p.Roles.Contains("campaigner"));

        Assert.Contains(Articles.PmApology, person.Articles);
    }

    [Fact]
    public void The_sample_prints_each_articles_metadata_and_the_suppressed_names()
    {
        var output = new StringWriter();
        var previous = Console.Out;
        Console.SetOut(output);
        try
        {
            Assert.Equal(0, typeof(PostMeta).Assembly.EntryPoint!.Invoke(null, null));
        }
        finally
        {
            Console.SetOut(previous);
        }

        var printed = output.ToString();
        foreach (var article in Articles.All)
        {
            Assert.Contains($"{article.Id}: {article.Title}", printed);
            Assert.Contains($"tags [{string.Join(", ", article.Meta.Tags)}]", printed);
        }

        Assert.Contains("Published (2 of 3)", printed);
        Assert.Contains("People.Find(\"Questions\"): none (suppressed by a correction)", printed);
    }
}
