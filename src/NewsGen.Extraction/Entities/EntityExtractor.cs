using System.Collections.Generic;
using System.Linq;
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

        var people = PersonGrouper.Group(PersonNameFinder.Find(segments)).Select(g => g.ToDraft()).ToList();
        var personNames = PersonNames(people);

        OrganizationFinder.Find(segments, organizations, personNames.Contains);
        var places = new PlaceCollector();
        PlaceFinder.Find(segments, places, personNames.Contains);

        KnownFormLinker.Link(segments, people, organizations.Drafts, places.Drafts);
        return EntityAssembler.Assemble(people, organizations.Drafts, places.Drafts);
    }

    /// <summary>Every name and alias of the people found, which the later finders leave to them.</summary>
    private static HashSet<string> PersonNames(List<EntityDraft> people)
    {
        var names = new HashSet<string>(System.StringComparer.Ordinal);
        foreach (var person in people)
        {
            names.Add(person.Name);
            names.UnionWith(person.Aliases);
        }

        return names;
    }
}
