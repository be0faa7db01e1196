using System;
using System.Collections.Generic;
using System.Text;
using NewsGen.Model;
using NewsGen.Runtime;

namespace NewsGen.Runtime.Tests.Data;

/// <summary>Finding an entity by any form the text uses, from a content set written by hand.</summary>
public class NameIndexTests
{
    // One article (id, slug, group, slot, quotes); two title words; one person (id, name, an alias, a role, article 0);
    // no organizations, places or dated events.
    private const string Index = "1,5,5,0,0,0,2,2,3,1,6,10,1,4,1,8,1,0,0,0,0|Storystory" + "DrGen" + "AdaZedAda Q. ZedZeddminister";

    private static readonly ContentSet Set = new((group, slot) => group == ContentSet.IndexGroup ? Encoding.UTF8.GetBytes(Index) : default, 1);

    [Theory]
    [InlineData("Ada Q. Zed")]
    [InlineData("  ada   q. ZED ")]
    [InlineData("Dr. Ada Zed")]
    [InlineData("Gen Ada Q Zed")]
    [InlineData("zedd")]
    public void A_person_is_found_by_name_alias_honorific_and_without_initials(string form) =>
        Assert.Same(Set.People[0], Set.FindPerson(form));

    [Theory]
    [InlineData("Dr.")]
    [InlineData("Ada Zedson")]
    public void Other_names_find_nobody(string form) =>
        Assert.Null(Set.FindPerson(form));

    [Fact]
    public void The_index_gives_the_person_their_roles()
    {
        Assert.Equal("Ada Q. Zed", Set.People[0].Name);
        Assert.Equal(["Zedd"], Set.People[0].Aliases);
        Assert.Equal(["minister"], Set.People[0].Roles);
        Assert.Equal("AdaZed", Set.People[0].Id);
    }

    [Fact]
    public void Null_is_refused()
    {
        IReadOnlyList<Person> people = Set.People;
        Assert.Single(people);
        Assert.Throws<ArgumentNullException>(() => Set.FindPerson(null!));
    }
}
