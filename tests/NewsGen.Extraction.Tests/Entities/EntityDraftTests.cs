using NewsGen.Extraction.Entities;
using NewsGen.Extraction.Model;
using Xunit;

namespace NewsGen.Extraction.Tests.Entities;

public class EntityDraftTests
{
    [Theory]
    [InlineData(3)]
    [InlineData(40)]
    public void A_draft_keeps_one_mention_per_start_in_the_order_first_added(int count)
    {
        var draft = new EntityDraft("Orla Penhallow");
        for (var i = count - 1; i >= 0; i--)
        {
            draft.AddMention(new Mention(0, i * 10, 4, "Orla"));
        }

        for (var i = 0; i < count; i++)
        {
            draft.AddMention(new Mention(1, i * 10, 9, "Penhallow"));
        }

        Assert.Equal(count, draft.Mentions.Count);
        Assert.All(draft.Mentions, mention => Assert.Equal("Orla", mention.Text));
        Assert.Equal((count - 1) * 10, draft.Mentions[0].Start);
        Assert.Equal(0, draft.FirstStart);
    }

    [Fact]
    public void A_draft_keeps_each_alias_once_and_never_its_own_name()
    {
        var draft = new EntityDraft("Orla Penhallow");
        draft.AddAlias("Penhallow");
        draft.AddAlias("Orla Penhallow");
        draft.AddAlias("Penhallow");
        draft.AddAlias("");

        Assert.Equal(["Penhallow"], draft.Aliases);
    }

    [Theory]
    [InlineData(3)]
    [InlineData(40)]
    public void A_draft_keeps_each_of_many_aliases_once_in_the_order_first_added(int count)
    {
        var draft = new EntityDraft("Orla Penhallow");
        for (var round = 0; round < 2; round++)
        {
            for (var i = 0; i < count; i++)
            {
                draft.AddAlias("Penhallow " + i);
            }
        }

        Assert.Equal(count, draft.Aliases.Count);
        for (var i = 0; i < count; i++)
        {
            Assert.Equal("Penhallow " + i, draft.Aliases[i]);
        }
    }
}
