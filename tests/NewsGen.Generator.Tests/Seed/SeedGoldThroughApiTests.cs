using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.Json;
using NewsGen.Generator.Tests.Infrastructure;
using NewsGen.Tests;
using static NewsGen.Generator.Tests.Infrastructure.GeneratedApi;

namespace NewsGen.Generator.Tests.Seed;

/// <summary>
/// Every fact of the seed's gold file, checked through the generated API a consumer would use: the gold drives the
/// assertions, so a changed gold file changes what is checked.
/// </summary>
public class SeedGoldThroughApiTests
{
    private static readonly JsonElement Gold = SeedGold.Read();

    private static Assembly Seed => SeedBuild.Assembly;

    private static object Article => Property(Type(Seed, "Articles"), Gold.GetProperty("id").GetString()!)!;

    [SharedFact(SeedGold.SharedPath)]
    public void SeedGold_copy_matches_the_shared_gold()
    {
        var shared = Path.Combine(RepoPaths.Shared!, SeedGold.SharedPath);

        Assert.Equal(File.ReadAllText(shared), File.ReadAllText(SeedGold.LocalFile));
    }

    [Fact]
    public void SeedGold_id_title_and_photo()
    {
        var article = Article;
        var photo = Get(article, "Photo");
        var gold = Gold.GetProperty("photo");

        Assert.Equal(Gold.GetProperty("id").GetString(), Get(article, "Id"));
        Assert.Equal(Gold.GetProperty("title").GetString(), Get(article, "Title"));
        Assert.NotNull(photo);
        Assert.Equal(gold.GetProperty("credit").GetString(), Get(photo!, "Credit"));
        Assert.StartsWith(gold.GetProperty("caption_starts_with").GetString()!, (string)Get(photo!, "Caption")!, StringComparison.Ordinal);
    }

    [Fact]
    public void SeedGold_structure_headings_paragraphs_and_no_boilerplate()
    {
        var article = Article;
        var headings = Items(Get(article, "Sections")).Select(s => (string?)Get(s, "Heading")).OfType<string>().ToArray();
        var paragraphs = Items(Get(article, "Paragraphs")).Cast<string>().ToList();

        Assert.Equal(SeedGold.Strings(Gold.GetProperty("headings")).ToArray(), headings);
        Assert.Equal(Gold.GetProperty("paragraph_count").GetInt32(), paragraphs.Count);
        foreach (var boilerplate in SeedGold.Strings(Gold.GetProperty("boilerplate")))
        {
            Assert.DoesNotContain(paragraphs, p => p.Contains(boilerplate, StringComparison.OrdinalIgnoreCase));
        }
    }

    [Fact]
    public void SeedGold_people_with_canonical_names_aliases_and_roles()
    {
        var people = Items(Get(Article, "People"));

        foreach (var gold in Gold.GetProperty("people").EnumerateArray())
        {
            var name = gold.GetProperty("name").GetString()!;
            var person = people.SingleOrDefault(p => (string)Get(p, "Name")! == name);
            Assert.True(person is not null, $"no person named '{name}' among: {Describe(people)}");
            var aliases = Items(Get(person!, "Aliases")).Cast<string>().Select(SeedGold.BareName).ToHashSet();
            var roles = Items(Get(person!, "Roles")).Cast<string>().ToList();
            foreach (var alias in SeedGold.Strings(gold.GetProperty("aliases")))
            {
                Assert.True(aliases.Contains(SeedGold.BareName(alias)), $"{name}: alias '{alias}' missing from [{string.Join(", ", aliases)}]");
            }

            foreach (var role in SeedGold.Strings(gold.GetProperty("roles")))
            {
                Assert.True(roles.Contains(role), $"{name}: role '{role}' missing from [{string.Join(" | ", roles)}]");
            }
        }
    }

    [Theory]
    [InlineData("organizations", "Organizations")]
    [InlineData("places", "Places")]
    public void SeedGold_organizations_and_places_are_named(string goldKey, string listName)
    {
        var entities = Items(Get(Article, listName));

        foreach (var name in SeedGold.Strings(Gold.GetProperty(goldKey)))
        {
            Assert.True(entities.Any(e => Names(e).Contains(name)), $"'{name}' is neither the name nor an alias of any of: {Describe(entities)}");
        }
    }

    [Fact]
    public void SeedGold_quotes_and_speakers()
    {
        var quotes = Items(Get(Article, "Quotes"));

        foreach (var gold in Gold.GetProperty("quotes").EnumerateArray())
        {
            var text = SeedGold.Unquoted(gold.GetProperty("text").GetString()!);
            var quote = quotes.FirstOrDefault(q => SeedGold.Unquoted((string)Get(q, "Text")!) == text);
            Assert.True(quote is not null, $"no quote '{text}' among:\n{string.Join("\n", quotes.Select(q => Get(q, "Text")))}");
            var speaker = Get(quote!, "Speaker");
            Assert.Equal(gold.GetProperty("speaker").GetString(), speaker is null ? null : Get(speaker, "Name"));
        }

        foreach (var notQuote in SeedGold.Strings(Gold.GetProperty("not_quotes")))
        {
            Assert.DoesNotContain(quotes, q => SeedGold.Normalized((string)Get(q, "Text")!) == SeedGold.Normalized(notQuote));
        }
    }

    [Fact]
    public void SeedGold_quotes_are_found_by_speaker()
    {
        var quotesType = Type(Seed, "Quotes");
        var quotes = Items(Get(Article, "Quotes"));

        foreach (var bySpeaker in Gold.GetProperty("quotes").EnumerateArray().GroupBy(q => q.GetProperty("speaker").GetString()!))
        {
            var spoken = quotes.Where(q => Get(q, "Speaker") is { } s && (string)Get(s, "Name")! == bySpeaker.Key).ToList();
            Assert.NotEmpty(spoken);
            var found = Items(Invoke(quotesType, "By", Get(spoken[0], "Speaker")!));
            foreach (var gold in bySpeaker)
            {
                var text = SeedGold.Unquoted(gold.GetProperty("text").GetString()!);
                Assert.Contains(found, q => SeedGold.Unquoted((string)Get(q, "Text")!) == text);
            }
        }
    }

    [Fact]
    public void SeedGold_dates_resolve()
    {
        var dates = Items(Get(Article, "Dates")).Select(d => ((string)Get(d, "Text")!, (DateOnly?)Get(d, "Value"))).ToList();

        foreach (var gold in Gold.GetProperty("dates").EnumerateArray())
        {
            var expected = (gold.GetProperty("text").GetString()!, (DateOnly?)Date(gold.GetProperty("value")));
            Assert.True(dates.Contains(expected), $"{expected} missing from [{string.Join(", ", dates)}]");
        }
    }

    [Fact]
    public void SeedGold_events_with_date_place_and_participants()
    {
        var events = Items(Get(Article, "Events"));
        var eventsType = Type(Seed, "Events");

        foreach (var gold in Gold.GetProperty("events").EnumerateArray())
        {
            var date = Date(gold.GetProperty("date"));
            var place = gold.TryGetProperty("place", out var p) ? p.GetString() : null;
            var participants = SeedGold.Strings(gold.GetProperty("participants")).ToList();
            Assert.True(events.Any(e => Matches(e, date, place, participants)), $"no event on {date} at {place ?? "any place"} with {string.Join(", ", participants)} among:\n{string.Join("\n", events.Select(DescribeEvent))}");
            Assert.Contains(Items(Invoke(eventsType, "On", date)), e => Matches(e, date, place, participants));
        }
    }

    [Fact]
    public void SeedGold_name_variants_find_the_same_person()
    {
        var people = Type(Seed, "People");
        var diagnostic = Gold.GetProperty("diagnostics").EnumerateArray().Single(d => d.GetProperty("kind").GetString() == "name-variant");
        var variants = SeedGold.Strings(diagnostic.GetProperty("about")).ToList();
        var canonical = Gold.GetProperty("people").EnumerateArray()
            .Single(g => variants.All(v => SeedGold.Strings(g.GetProperty("aliases")).Contains(v)))
            .GetProperty("name").GetString();
        var person = Property(people, "CurtisScaparrotti")!;

        Assert.Equal(canonical, Get(person, "Name"));
        foreach (var variant in variants)
        {
            Assert.Same(person, Invoke(people, "Find", variant));
        }
    }

    private static bool Matches(object newsEvent, DateOnly date, string? place, IReadOnlyList<string> participants)
    {
        var eventPlace = Get(newsEvent, "Place");
        var names = Items(Get(newsEvent, "Participants")).Select(p => (string)Get(p, "Name")!).ToHashSet();
        return (DateOnly?)Get(newsEvent, "Date") == date
            && (place is null || (eventPlace is not null && (string)Get(eventPlace, "Name")! == place))
            && participants.All(names.Contains);
    }

    private static DateOnly Date(JsonElement value) => DateOnly.ParseExact(value.GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static HashSet<string> Names(object entity) =>
        [(string)Get(entity, "Name")!, .. Items(Get(entity, "Aliases")).Cast<string>()];

    private static string Describe(IEnumerable<object> entities) =>
        string.Join("; ", entities.Select(e => $"{Get(e, "Name")} [{string.Join(", ", Items(Get(e, "Aliases")))}]"));

    private static string DescribeEvent(object e) =>
        $"{Get(e, "Date")} at {(Get(e, "Place") is { } place ? Get(place, "Name") : "-")}: {string.Join(", ", Items(Get(e, "Participants")).Select(p => Get(p, "Name")))}";
}
