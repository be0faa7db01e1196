using System;
using System.Collections.Generic;
using System.Linq;
using NewsGen.Extraction.Entities;
using NewsGen.Extraction.Model;
using NewsGen.Extraction.Quotes;
using NewsGen.Extraction.Structure;

namespace NewsGen.Extraction.Corrections;

/// <summary>
/// Applies corrections to one article between extraction stages, so every later stage (dates, events, the
/// identifier, validation) sees the corrected article: boilerplate after the structure, the rest after entities and
/// quotes. Entities are matched by name or alias, quotes and paragraphs by the start of their text, all ignoring
/// case. Corrections apply in the order given (corpus-wide ones first, then the article's own), so an article can
/// build on the corpus's. Each call records what every correction did in <c>outcomes</c>.
/// </summary>
public static class CorrectionApplier
{
    /// <summary>The structure without the paragraphs a boilerplate correction names, renumbered in reading order.</summary>
    public static ArticleStructure DropBoilerplate(ArticleStructure structure, IReadOnlyList<Correction> corrections, List<AppliedCorrection> outcomes)
    {
        // Most articles have no corrections: they return before any list is built.
        if (corrections.Count == 0)
        {
            return structure;
        }

        var starts = corrections.Where(c => c.Kind == CorrectionKind.Boilerplate).ToList();
        if (starts.Count == 0)
        {
            return structure;
        }

        var counts = new int[starts.Count];
        var dropped = new List<string>(structure.Boilerplate);
        var paragraphs = new List<Paragraph>();
        var sections = new List<Section>();
        foreach (var section in structure.Sections)
        {
            var kept = new List<Paragraph>();
            foreach (var paragraph in section.Paragraphs)
            {
                var match = starts.FindIndex(c => StartsWith(paragraph.Text, c.Target));
                if (match >= 0)
                {
                    counts[match]++;
                    dropped.Add(paragraph.Text);
                    continue;
                }

                kept.Add(paragraph with { Index = paragraphs.Count });
                paragraphs.Add(kept[kept.Count - 1]);
            }

            if (kept.Count > 0 || section.Paragraphs.Count == 0)
            {
                sections.Add(section with { Paragraphs = kept.ToEquatableArray() });
            }
        }

        // A loop: a lambda over the counts would make every call, with corrections or not, allocate its closure first.
        for (var i = 0; i < starts.Count; i++)
        {
            outcomes.Add(new AppliedCorrection(starts[i], counts[i]));
        }

        return structure with { Sections = sections, Paragraphs = paragraphs, Boilerplate = dropped };
    }

    /// <summary>The entities and quotes after every entity and speaker correction.</summary>
    public static (EntitySet Entities, QuoteResult Quotes) Apply(
        EntitySet entities, QuoteResult quotes, IReadOnlyList<Correction> corrections, List<AppliedCorrection> outcomes)
    {
        foreach (var correction in corrections)
        {
            if (correction.Kind != CorrectionKind.Boilerplate)
            {
                return ApplyAll(entities, quotes, corrections, outcomes);
            }
        }

        return (entities, quotes);
    }

    // Apart from Apply, so an article without entity or speaker corrections (most) does not allocate the closures below.
    private static (EntitySet Entities, QuoteResult Quotes) ApplyAll(
        EntitySet entities, QuoteResult quotes, IReadOnlyList<Correction> corrections, List<AppliedCorrection> outcomes)
    {
        var work = EntityWork.From(entities);
        var quoteList = quotes.Quotes.Select(q => new QuoteWork(q, q.Speaker?.Id)).ToList();
        foreach (var correction in corrections)
        {
            var outcome = correction.Kind switch
            {
                CorrectionKind.Suppress => Suppress(work, correction),
                CorrectionKind.Merge => Merge(work, correction),
                CorrectionKind.Name => Rename(work, correction),
                CorrectionKind.Id => Pin(work, correction),
                CorrectionKind.Role => AddRole(work, correction),
                CorrectionKind.Speaker => SetSpeaker(work, quoteList, correction),
                _ => null,
            };
            if (outcome is not null)
            {
                outcomes.Add(outcome);
            }
        }

        var cleared = quoteList.Where(q => q.Cleared).Select(q => q.Quote.Start).ToList();
        return (EntityWork.ToSet(work), new QuoteResult(quoteList.Select(q => q.Finish(work)).ToList(), quotes.UnbalancedMarks, cleared));
    }

    private static AppliedCorrection Suppress(List<EntityWork> work, Correction correction)
    {
        var removed = work.RemoveAll(e => e.IsNamed(correction.Target));
        return new AppliedCorrection(correction, removed);
    }

    private static AppliedCorrection Merge(List<EntityWork> work, Correction correction)
    {
        var sources = work.Where(e => e.IsNamed(correction.Target)).ToList();
        var changes = 0;
        foreach (var source in sources)
        {
            var target = work.FirstOrDefault(e => e != source && e.Kind == source.Kind && e.IsNamed(correction.Value!));
            if (target is null)
            {
                source.Rename(correction.Value!);
            }
            else
            {
                target.Absorb(source);
                work.Remove(source);
            }

            changes++;
        }

        return new AppliedCorrection(correction, changes);
    }

    private static AppliedCorrection Rename(List<EntityWork> work, Correction correction)
    {
        var matches = work.Where(e => e.IsNamed(correction.Target)).ToList();
        matches.ForEach(e => e.Rename(correction.Value!));
        return new AppliedCorrection(correction, matches.Count);
    }

    private static AppliedCorrection Pin(List<EntityWork> work, Correction correction)
    {
        var matches = work.Where(e => e.IsNamed(correction.Target)).ToList();
        var holder = work.FirstOrDefault(e => !matches.Contains(e) && string.Equals(e.Id, correction.Value, StringComparison.Ordinal));
        if (holder is not null && matches.Count > 0)
        {
            return new AppliedCorrection(correction, 0, $"the identifier '{correction.Value}' is already used by '{holder.Name}'");
        }

        if (matches.Count > 1)
        {
            return new AppliedCorrection(correction, 0, $"'{correction.Target}' names {matches.Count} entities; name one by its full name");
        }

        matches.ForEach(e => e.Id = correction.Value!);
        return new AppliedCorrection(correction, matches.Count);
    }

    private static AppliedCorrection AddRole(List<EntityWork> work, Correction correction)
    {
        var people = work.Where(e => e.Kind == WorkKind.Person && e.IsNamed(correction.Target)).ToList();
        foreach (var person in people.Where(p => !p.Roles.Contains(correction.Value!, StringComparer.OrdinalIgnoreCase)))
        {
            person.Roles.Add(correction.Value!);
        }

        return new AppliedCorrection(correction, people.Count);
    }

    private static AppliedCorrection SetSpeaker(List<EntityWork> work, List<QuoteWork> quotes, Correction correction)
    {
        var matches = quotes.Where(q => StartsWith(q.Quote.Text, correction.Target)).ToList();
        if (matches.Count == 0 || correction.Value is null)
        {
            matches.ForEach(q => q.Clear());
            return new AppliedCorrection(correction, matches.Count);
        }

        var speaker = work.FirstOrDefault(e => e.Kind != WorkKind.Place && e.IsNamed(correction.Value));
        if (speaker is null)
        {
            return new AppliedCorrection(correction, 0, $"'{correction.Value}' is not a person or organization of the article");
        }

        matches.ForEach(q => q.Assign(speaker.OriginalIds[0]));
        return new AppliedCorrection(correction, matches.Count);
    }

    private static bool StartsWith(string text, string start) =>
        text.TrimStart().StartsWith(start, StringComparison.OrdinalIgnoreCase);

    private enum WorkKind
    {
        Person,
        Organization,
        Place,
    }

    // A quote whose speaker is tracked by the original id of an entity, resolved once every correction has run.
    private sealed class QuoteWork(Quote quote, string? speakerId)
    {
        public Quote Quote { get; } = quote;

        public string? SpeakerId { get; private set; } = speakerId;

        public bool Cleared { get; private set; }

        public void Assign(string id)
        {
            SpeakerId = id;
            Cleared = false;
        }

        public void Clear()
        {
            SpeakerId = null;
            Cleared = true;
        }

        public Quote Finish(List<EntityWork> work)
        {
            var speaker = SpeakerId is null ? null : work.FirstOrDefault(e => e.OriginalIds.Contains(SpeakerId));
            var reference = speaker is null
                ? null
                : new EntityRef(speaker.Kind == WorkKind.Person ? EntityKind.Person : EntityKind.Organization, speaker.Id, speaker.Name);
            return Quote with { Speaker = reference };
        }
    }

    // One entity while corrections run; OriginalIds holds the extractor's ids of every entity merged into it.
    private sealed class EntityWork
    {
        private EntityWork(WorkKind kind, string id, string name, IEnumerable<string> aliases, IEnumerable<string> roles, IEnumerable<Mention> mentions, PlaceKind placeKind)
        {
            Kind = kind;
            Id = id;
            Name = name;
            Aliases = aliases.ToList();
            Roles = roles.ToList();
            Mentions = mentions.ToList();
            PlaceKind = placeKind;
            OriginalIds = [id];
        }

        public WorkKind Kind { get; }

        public string Id { get; set; }

        public string Name { get; private set; }

        public List<string> Aliases { get; }

        public List<string> Roles { get; }

        public List<Mention> Mentions { get; }

        public PlaceKind PlaceKind { get; }

        public List<string> OriginalIds { get; }

        public static List<EntityWork> From(EntitySet set) =>
        [
            .. set.People.Select(p => new EntityWork(WorkKind.Person, p.Id, p.Name, p.Aliases, p.Roles, p.Mentions, default)),
            .. set.Organizations.Select(o => new EntityWork(WorkKind.Organization, o.Id, o.Name, o.Aliases, [], o.Mentions, default)),
            .. set.Places.Select(p => new EntityWork(WorkKind.Place, p.Id, p.Name, p.Aliases, [], p.Mentions, p.Kind)),
        ];

        public static EntitySet ToSet(List<EntityWork> work) =>
            new(
                work.Where(e => e.Kind == WorkKind.Person)
                    .Select(e => new Person(e.Id, e.Name, e.Aliases.ToEquatableArray(), e.Roles.ToEquatableArray(), e.Mentions.ToEquatableArray()))
                    .ToList(),
                work.Where(e => e.Kind == WorkKind.Organization)
                    .Select(e => new Organization(e.Id, e.Name, e.Aliases.ToEquatableArray(), e.Mentions.ToEquatableArray()))
                    .ToList(),
                work.Where(e => e.Kind == WorkKind.Place)
                    .Select(e => new Place(e.Id, e.Name, e.PlaceKind, e.Aliases.ToEquatableArray(), e.Mentions.ToEquatableArray()))
                    .ToList());

        public bool IsNamed(string name) =>
            string.Equals(Name, name, StringComparison.OrdinalIgnoreCase) || Aliases.Contains(name, StringComparer.OrdinalIgnoreCase);

        // The old name stays an alias, so mentions written that way still belong to the entity.
        public void Rename(string name)
        {
            var old = Name;
            Name = name;
            Aliases.RemoveAll(a => string.Equals(a, name, StringComparison.OrdinalIgnoreCase));
            AddAlias(old);
        }

        public void Absorb(EntityWork other)
        {
            AddAlias(other.Name);
            other.Aliases.ForEach(AddAlias);
            Roles.AddRange(other.Roles.Where(r => !Roles.Contains(r, StringComparer.OrdinalIgnoreCase)));
            Mentions.AddRange(other.Mentions);
            Mentions.Sort((a, b) => a.Start.CompareTo(b.Start));
            OriginalIds.AddRange(other.OriginalIds);
        }

        private void AddAlias(string alias)
        {
            if (!string.Equals(alias, Name, StringComparison.OrdinalIgnoreCase) && !Aliases.Contains(alias, StringComparer.OrdinalIgnoreCase))
            {
                Aliases.Add(alias);
            }
        }
    }
}
