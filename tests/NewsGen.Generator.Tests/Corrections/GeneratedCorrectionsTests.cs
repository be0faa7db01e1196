using System;
using System.Linq;
using System.Reflection;
using NewsGen.Generator.Tests.Infrastructure;
using NewsGen.Model;
using static NewsGen.Generator.Tests.Infrastructure.GeneratedApi;

namespace NewsGen.Generator.Tests.Corrections;

/// <summary>
/// A corpus-wide corrections file in a build: each kind of correction shows in the generated code, for the articles
/// of the file's folder only.
/// </summary>
public class GeneratedCorrectionsTests
{
    private static readonly Lazy<Assembly> Built = new(() =>
    {
        var run = GeneratorHarness.Run(CorrectedCorpus.Files());
        Assert.Empty(run.Problems);
        return Compiler.Load(run.Output);
    });

    private static Article ArticleTitled(string title) =>
        Items(Property(Type(Built.Value, "Articles"), "All")).Cast<Article>().Single(a => a.Title == title);

    private static Article Ferry => ArticleTitled("Council backs new ferry route");

    private static Quote QuoteStarting(string start) => Ferry.Quotes.Single(q => q.Text.StartsWith(start, StringComparison.Ordinal));

    [Fact]
    public void A_suppressed_false_person_is_gone_from_People_in_the_corrected_folder_only()
    {
        var people = Items(Property(Type(Built.Value, "People"), "All")).Cast<Person>().ToList();

        Assert.DoesNotContain(Ferry.People, p => p.Name == "Mayoress");
        Assert.Contains(ArticleTitled("Bridge repairs finish early").People, p => p.Name == "Mayoress");
        Assert.Equal([ArticleTitled("Bridge repairs finish early")], people.Single(p => p.Name == "Mayoress").Articles);
    }

    [Fact]
    public void A_merge_folds_the_second_name_into_the_first_person()
    {
        var anna = Ferry.People.Single(p => p.Name == "Anna Vik");

        Assert.DoesNotContain(Ferry.People, p => p.Name == "Annie Vik");
        Assert.Contains("Annie Vik", anna.Aliases);
    }

    [Fact]
    public void A_pinned_id_is_the_generated_identifier_of_the_person_and_of_the_speaker_of_its_quotes()
    {
        var chair = (Person)Property(Type(Built.Value, "People"), "UnionChair")!;

        Assert.Equal("Lars Moe", chair.Name);
        Assert.Same(chair, QuoteStarting("Nobody consulted").Speaker);
        Assert.Contains("union chair", chair.Roles);
    }

    [Fact]
    public void Speakers_are_set_and_cleared()
    {
        Assert.Equal("Lars Moe", QuoteStarting("It is a great day").Speaker?.Name);
        Assert.Null(QuoteStarting("The boats will sail").Speaker);
    }

    [Fact]
    public void A_boilerplate_paragraph_is_not_in_the_article()
    {
        Assert.DoesNotContain(Ferry.Paragraphs, p => p.StartsWith("Our coastal coverage", StringComparison.Ordinal));
        Assert.Contains(Ferry.Paragraphs, p => p.StartsWith("Mayor Anna Vik", StringComparison.Ordinal));
    }
}
