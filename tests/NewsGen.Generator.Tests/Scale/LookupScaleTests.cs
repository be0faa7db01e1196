using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using NewsGen.Extraction.Model;
using NewsGen.Generator.Emission;
using NewsGen.Generator.Tests.Infrastructure;

namespace NewsGen.Generator.Tests.Scale;

/// <summary>
/// Lookups over more keys than one switch holds: 120 articles (ids and slugs in several buckets), 2,520 people with an
/// alias each (5,040 keys: more buckets than one branch switch takes) and 120 dated events. Every key must still find
/// its member, a miss must find nothing, and no generated switch may grow with the corpus.
/// </summary>
public class LookupScaleTests
{
    private const int ArticleCount = 120;
    private const int PeoplePerArticle = 21;

    private static readonly Lazy<IReadOnlyList<(string HintName, string Text)>> Files = new(() => ModelEmission.Render(Corpus()));

    private static readonly Lazy<Assembly> Compiled = new(() => Compiler.Load(Compiler.Compile(Files.Value.Select(f => f.Text), "LookupScale")));

    [Fact]
    public void Every_person_is_found_by_name_and_by_alias_in_any_case()
    {
        var people = Type("People");

        foreach (var index in Enumerable.Range(0, ArticleCount * PeoplePerArticle))
        {
            var person = Property(people, PersonId(index));
            Assert.Same(person, Invoke(people, "Find", PersonName(index)));
            Assert.Same(person, Invoke(people, "Find", "  " + Surname(index).ToLowerInvariant() + " "));
        }

        Assert.Null(Invoke(people, "Find", "Nobody Known"));
    }

    [Fact]
    public void Every_article_is_found_by_id_and_by_slug()
    {
        var articles = Type("Articles");

        foreach (var index in Enumerable.Range(0, ArticleCount))
        {
            var article = Property(articles, ArticleId(index));
            var args = new object?[] { ArticleId(index), null };
            Assert.True((bool)articles.GetMethod("TryGet")!.Invoke(null, args)!);
            Assert.Same(article, args[1]);
            Assert.Same(article, Invoke(articles, "BySlug", ((string)Get(article!, "Slug")!).ToUpperInvariant()));
        }

        Assert.False((bool)articles.GetMethod("TryGet")!.Invoke(null, ["Story", null])!);
        Assert.Null(Invoke(articles, "BySlug", "no-such-story"));
    }

    [Fact]
    public void Every_dated_event_is_found_by_its_day()
    {
        var events = Type("Events");

        var all = ((IEnumerable)Invoke(events, "Between", new DateOnly(2000, 1, 1), new DateOnly(2000, 12, 31))!).Cast<object>().ToList();
        var one = ((IEnumerable)Invoke(events, "On", Day(ArticleCount - 1))!).Cast<object>().Single();

        Assert.Equal(ArticleCount, all.Count);
        Assert.Same(Property(Type("Articles"), ArticleId(ArticleCount - 1)), Get(one, "Article"));
    }

    [Fact]
    public void No_generated_switch_grows_with_the_corpus()
    {
        var arms = Files.Value
            .SelectMany(f => CSharpSyntaxTree.ParseText(f.Text).GetRoot().DescendantNodes().OfType<SwitchExpressionSyntax>().Select(s => (f.HintName, s.Arms.Count)))
            .ToList();

        Assert.Contains(arms, a => a.HintName == "People.g.cs" && a.Count > 2);
        Assert.All(arms, a => Assert.True(a.Count <= LookupBuilder.Fanout + 1, $"a switch in {a.HintName} has {a.Count} arms"));
    }

    [Fact]
    public void Keys_are_spread_over_buckets_the_generated_hash_agrees_with()
    {
        var hash = Type("NewsGenHash").GetMethod("Bucket")!;

        foreach (var key in new[] { "", "A", "MARIA LOPEZ", "Île-de-France", "\U0001F600 emoji", "slug-with-dashes" })
        {
            foreach (var buckets in new[] { 1, 7, 64, 4093 })
            {
                Assert.Equal(LookupBuilder.Bucket(key, buckets), hash.Invoke(null, [key, buckets]));
            }
        }
    }

    private static IEnumerable<Article> Corpus() =>
        Enumerable.Range(0, ArticleCount).Select(a =>
        {
            var people = Enumerable.Range(a * PeoplePerArticle, PeoplePerArticle).Select(p => Models.Person(PersonName(p), [Surname(p)])).ToList();
            return Models.Article(
                $"/project/articles/story-{a:000}.txt",
                ArticleId(a),
                title: $"Story number {a}",
                people: people,
                events: [Models.Event("E1", new CalendarDate(Day(a).Year, Day(a).Month, Day(a).Day), null, people.Take(2), $"Event of story {a}.")]);
        });

    private static DateOnly Day(int article) => new DateOnly(2000, 1, 1).AddDays(article);

    private static string ArticleId(int index) => "Story" + index.ToString("000", CultureInfo.InvariantCulture);

    private static string PersonName(int index) => "Ada " + Surname(index);

    private static string Surname(int index) => "Zed" + index.ToString(CultureInfo.InvariantCulture);

    private static string PersonId(int index) => "AdaZed" + index.ToString(CultureInfo.InvariantCulture);

    private static Type Type(string name) => Compiled.Value.GetTypes().Single(t => t.Name == name && t.Namespace == "Test.Content");

    private static object? Property(Type type, string name) => type.GetProperty(name, BindingFlags.Public | BindingFlags.Static)!.GetValue(null);

    private static object? Get(object instance, string name) => instance.GetType().GetProperty(name)!.GetValue(instance);

    private static object? Invoke(Type type, string method, params object[] args) =>
        type.GetMethod(method, BindingFlags.Public | BindingFlags.Static)!.Invoke(null, args);
}
