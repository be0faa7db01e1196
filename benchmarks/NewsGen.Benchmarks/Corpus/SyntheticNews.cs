using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace NewsGen.Benchmarks.Corpus;

/// <summary>
/// Writes news-like articles: a headline, then paragraphs with named people (full name first, surname after),
/// organizations, places, quotations with speech verbs, absolute and relative dates and numbers, about 2.5 KB each (20,000 of them are about 50 MB)
/// like the BBC corpus. The same index always gives the same text, on every machine (own PRNG, invariant culture).
/// People and organizations come from a bounded pool, so they recur across articles the way real coverage does.
/// </summary>
internal static class SyntheticNews
{
    private static readonly string[] GivenNames =
    [
        "Anna", "Ben", "Carla", "David", "Elena", "Farid", "Grace", "Hugo", "Irene", "James", "Karin", "Luis", "Maria",
        "Nikolai", "Olivia", "Peter", "Rosa", "Samuel", "Tara", "Victor", "Wendy", "Yusuf", "Zoe", "Adam", "Bianca",
        "Colin", "Diana", "Erik", "Fatima", "George", "Helen", "Ivan", "Julia", "Kevin", "Laura", "Martin", "Nadia",
        "Oscar", "Paula", "Robert", "Sofia", "Thomas", "Ursula", "Walter", "Xavier", "Yvonne", "Andrew", "Claire",
    ];

    private static readonly string[] Surnames =
    [
        "Adler", "Brennan", "Castillo", "Dubois", "Eriksen", "Fischer", "Gallagher", "Hoffman", "Ivanova", "Jensen",
        "Kowalski", "Lindqvist", "Moreau", "Novak", "O'Connell", "Petrov", "Quinn", "Rossi", "Schneider", "Torres",
        "Ueda", "Vargas", "Whitfield", "Yilmaz", "Zeller", "Abbott", "Barlow", "Carver", "Dawson", "Ellison", "Fairbanks",
        "Granger", "Hartley", "Ingram", "Jarvis", "Kendall", "Lockwood", "Mercer", "Norwood", "Oakley", "Pemberton",
        "Radcliffe", "Sterling", "Thornton", "Underwood", "Vance", "Whitaker", "Yardley", "Ashford", "Blackwood",
        "Crawford", "Donovan", "Everett", "Fletcher", "Goodwin", "Hastings", "Kingsley", "Langford", "Montgomery",
    ];

    private static readonly string[] Roles =
    [
        "chief executive", "finance minister", "spokeswoman", "spokesman", "chairman", "analyst", "head coach",
        "foreign minister", "director", "managing director", "economist", "prime minister", "senior lecturer",
    ];

    private static readonly string[] OrgFirst =
    [
        "Northern", "Atlantic", "Central", "United", "National", "Pacific", "Royal", "Eastern", "Western", "Global",
        "Southern", "Metro", "Continental", "Imperial", "Federal", "Coastal", "Highland", "Capital", "Premier", "First",
    ];

    private static readonly string[] OrgSecond =
    [
        "Rail", "Energy", "Media", "Steel", "Airways", "Telecom", "Motors", "Foods", "Insurance", "Mining", "Software",
        "Shipping", "Textiles", "Chemicals", "Pharmaceuticals", "Retail", "Water", "Power", "Broadcasting", "Bank",
    ];

    private static readonly string[] OrgHeads = ["Group", "Corporation", "Association", "Council", "Authority", "Holdings", "Union", "Institute"];

    private static readonly string[] Places =
    [
        "London", "Paris", "Berlin", "Madrid", "Rome", "Tokyo", "Washington", "Brussels", "Moscow", "Beijing", "Sydney",
        "Toronto", "Dublin", "Vienna", "Warsaw", "Lisbon", "Athens", "Cairo", "Nairobi", "Mumbai", "Seoul", "Oslo",
        "Stockholm", "Helsinki", "Geneva", "Amsterdam", "Prague", "Budapest", "Istanbul", "Singapore",
    ];

    private static readonly string[] Countries =
    [
        "France", "Germany", "Spain", "Italy", "Japan", "China", "India", "Brazil", "Canada", "Australia", "Ireland",
        "Austria", "Poland", "Portugal", "Greece", "Egypt", "Kenya", "Norway", "Sweden", "Finland", "Switzerland",
    ];

    private static readonly string[] Months = CultureInfo.InvariantCulture.DateTimeFormat.MonthNames;

    private static readonly string[] Weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

    private static readonly string[] Subjects =
    [
        "profits", "sales", "exports", "ticket prices", "broadband subscriptions", "fuel costs", "passenger numbers",
        "investment", "unemployment", "house prices", "wages", "interest rates", "advertising revenue", "output",
    ];

    private static readonly string[] Topics =
    [
        "rail link", "energy deal", "broadband plan", "trade agreement", "stadium project", "budget", "merger",
        "film festival", "election campaign", "software launch", "tax reform", "cup final", "peace talks", "takeover bid",
    ];

    private static readonly string[] HeadlineVerbs =
    [
        "backs", "rejects", "delays", "unveils", "defends", "questions", "approves", "criticises", "wins", "loses",
    ];

    private static readonly string[] PastVerbs =
    [
        "backed", "rejected", "delayed", "unveiled", "defended", "questioned", "approved", "criticised", "won", "lost",
    ];

    private static readonly string[] SpeechVerbs = ["said", "told reporters", "added", "explained", "warned", "argued", "insisted"];

    private static readonly string[] QuoteOpenings =
    [
        "We are confident that", "Nobody expected that", "It is clear that", "I do not believe that", "We have always said that",
        "The figures show that", "Our customers know that", "There is no doubt that", "I am pleased that", "We accept that",
    ];

    private static readonly string[] QuoteEndings =
    [
        "the plan will work", "the market has turned", "the next year will be difficult", "we made the right decision",
        "the talks must continue", "prices will keep rising", "the team can still win the title", "the law needs to change",
        "this is only the beginning", "we will keep investing in the region",
    ];

    private static readonly string[] Fillers =
    [
        "The decision follows months of negotiations between the two sides.",
        "Analysts had expected a weaker result after a difficult winter.",
        "The move was widely welcomed by investors, although some questioned the timing.",
        "Critics say the proposals do not go far enough and have called for an independent review.",
        "The project is expected to create hundreds of jobs over the next three years.",
        "Shares closed slightly higher after the announcement.",
        "Officials declined to comment on the details of the agreement.",
        "The figures were published alongside a revised forecast for the rest of the year.",
    ];

    /// <summary>The file name (with a topic folder) and text of article <paramref name="index"/>.</summary>
    public static (string RelativePath, string Text) Article(int index)
    {
        var random = new SplitMix(index);
        var lead = Person(random);
        var second = Person(random);
        var organization = Organization(random);
        var rival = Organization(random);
        var city = random.Pick(Places);
        var country = random.Pick(Countries);
        var topic = random.Pick(Topics);
        var year = 2001 + random.Next(20);
        var month = random.Next(12);
        var day = 1 + random.Next(28);
        var weekday = random.Pick(Weekdays);

        var text = new StringBuilder(3000);
        text.Append(organization).Append(' ').Append(random.Pick(HeadlineVerbs)).Append(' ').Append(city).Append(' ')
            .Append(topic).Append(" (").Append(index.ToString(CultureInfo.InvariantCulture)).Append(")\n\n");
        Paragraph(text, $"{organization} {random.Pick(PastVerbs)} the {topic} in {city}, {country}, on {weekday} {day} {Months[month]} {year}, after {random.Next(2, 19)} months of talks.");
        Paragraph(text, $"{lead.Full}, the {lead.Role} of {organization}, said the agreement was worth ${random.Next(2, 900)}m ({random.Next(1, 500)}m euros). \"{Quote(random)},\" {lead.Surname} {random.Pick(SpeechVerbs)}. {random.Pick(Fillers)}");
        Paragraph(text, $"{Capitalized(random.Pick(Subjects))} at {rival} rose {random.Next(1, 40)}% in the three months to {Months[(month + 11) % 12]}, while {random.Pick(Subjects)} fell {random.Next(1, 25)}%. {random.Pick(Fillers)} {random.Pick(Fillers)}");
        Paragraph(text, $"\"{Quote(random)}. {Quote(random)},\" {second.Full}, {second.Role} at {rival}, {random.Pick(SpeechVerbs)} on {random.Pick(Weekdays)}. {second.Surname} added that talks in {random.Pick(Places)} would resume next week.");
        Paragraph(text, $"{random.Pick(Fillers)} Last year {organization} reported {random.Pick(Subjects)} of ${random.Next(1, 99)}.{random.Next(10)}bn, up from ${random.Next(1, 50)}.{random.Next(10)}bn in {year - 1}. {random.Pick(Fillers)}");
        Paragraph(text, $"According to {lead.Surname}, the first stage will open in {Months[(month + 3) % 12]} {year + 1}. \"{Quote(random)},\" {lead.Surname} {random.Pick(SpeechVerbs)}, adding that {Quote(random).ToLowerInvariant()}.");
        Paragraph(text, $"{random.Pick(Fillers)} {rival} said on {random.Pick(Weekdays)} that it would study the plans before deciding how to respond. {random.Pick(Fillers)}");
        Paragraph(text, $"The {topic} is the largest of its kind in {country} since {year - random.Next(3, 15)}. {random.Pick(Fillers)} {random.Pick(Fillers)}");
        var third = Person(random);
        Paragraph(text, $"\"{Quote(random)}. {Quote(random)},\" said {third.Full}, a {third.Role} at {random.Pick(OrgFirst)} {random.Pick(OrgSecond)} {random.Pick(OrgHeads)}, speaking in {random.Pick(Places)} on {random.Pick(Weekdays)}. {random.Pick(Fillers)}");
        Paragraph(text, $"The {topic} was first proposed in {Months[(month + 5) % 12]} {year - 2}, when {rival} warned that {random.Pick(Subjects)} could fall by as much as {random.Next(5, 30)}%. {random.Pick(Fillers)} {random.Pick(Fillers)} {third.Surname} said the next review was due in {Months[(month + 7) % 12]}.");
        return (Folder(index) + "/" + index.ToString("00000", CultureInfo.InvariantCulture) + ".txt", text.ToString());
    }

    private static string Folder(int index) => Topics[index % 5].Replace(' ', '-');

    private static void Paragraph(StringBuilder text, string paragraph) => text.Append(paragraph).Append("\n\n");

    private static string Quote(SplitMix random) => random.Pick(QuoteOpenings) + " " + random.Pick(QuoteEndings);

    private static string Capitalized(string text) => char.ToUpperInvariant(text[0]) + text.Substring(1);

    private static (string Full, string Surname, string Role) Person(SplitMix random)
    {
        var surname = random.Pick(Surnames);
        return (random.Pick(GivenNames) + " " + surname, surname, random.Pick(Roles));
    }

    private static string Organization(SplitMix random) =>
        random.Pick(OrgFirst) + " " + random.Pick(OrgSecond) + " " + random.Pick(OrgHeads);

    /// <summary>SplitMix64: tiny, fast and fully specified, so the corpus never depends on the runtime's Random.</summary>
    private sealed class SplitMix(int seed)
    {
        private ulong _state = (ulong)seed * 0x9E3779B97F4A7C15UL + 0x632BE59BD9B4E019UL;

        public int Next(int maxExclusive) => (int)(NextULong() % (ulong)maxExclusive);

        public int Next(int minInclusive, int maxExclusive) => minInclusive + Next(maxExclusive - minInclusive);

        public string Pick(IReadOnlyList<string> items) => items[Next(items.Count)];

        private ulong NextULong()
        {
            var z = _state += 0x9E3779B97F4A7C15UL;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }
    }
}
