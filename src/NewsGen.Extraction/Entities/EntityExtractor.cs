using System.Collections.Generic;
using NewsGen.Extraction.Entities.Linking;
using NewsGen.Extraction.Entities.Organizations;
using NewsGen.Extraction.Entities.People;
using NewsGen.Extraction.Entities.Places;
using NewsGen.Extraction.Entities.Text;
using NewsGen.Extraction.Structure;

namespace NewsGen.Extraction.Entities;

/// <summary>
/// Finds people, organizations and places with rules and bundled word lists. Each finder claims the words it
/// names, in this order: quoted and described publications, people's names, organizations, places; then every
/// further mention of an entity found is linked by its names.
/// </summary>
public static class EntityExtractor
{
    /// <summary>The entities of one article, each kind in order of first mention.</summary>
    public static EntitySet Extract(ArticleStructure structure)
    {
        var segments = SegmentReader.Read(structure);
        var organizations = new OrganizationCollector();
        PublicationFinder.Find(segments, organizations);

        var people = Drafts(PersonGrouper.Group(PersonNameFinder.Find(segments)));
        var personNames = PersonNames(people);

        OrganizationFinder.Find(segments, organizations, personNames.ContainsKey);
        var places = new PlaceCollector();
        PlaceFinder.Find(segments, places, personNames.ContainsKey);

        KnownFormLinker.Link(segments, people, organizations.Drafts, places.Drafts);
        return EntityAssembler.Assemble(people, organizations.Drafts, places.Drafts);
    }

    private static List<EntityDraft> Drafts(List<PersonGroup> groups)
    {
        var drafts = new List<EntityDraft>(groups.Count);
        foreach (var group in groups)
        {
            drafts.Add(group.ToDraft());
        }

        return drafts;
    }

    /// <summary>Every name and alias of the people found, which the later finders leave to them.</summary>
    private static Dictionary<string, EntityDraft> PersonNames(List<EntityDraft> people)
    {
        var count = 0;
        foreach (var person in people)
        {
            count += 1 + person.Aliases.Count;
        }

        // A map sized once (netstandard's sets take no capacity): a set grown step by step cost more than its lookups.
        var names = new Dictionary<string, EntityDraft>(count, System.StringComparer.Ordinal);
        foreach (var person in people)
        {
            names[person.Name] = person;
            foreach (var alias in person.Aliases)
            {
                names[alias] = person;
            }
        }

        return names;
    }
}
