using System.Collections.Generic;
using NewsGen.Extraction.Entities.People;
using NewsGen.Extraction.Model;
using Xunit;

namespace NewsGen.Extraction.Tests.Entities.People;

public class PersonGrouperTests
{
    [Fact]
    public void Forms_already_in_reading_order_are_kept_as_they_are()
    {
        var forms = new List<PersonForm> { Form("Tamsin Arkwright", 4), Form("Arkwright", 40), Form("Arkwright", 40) };

        Assert.Same(forms, PersonGrouper.InReadingOrder(forms));
    }

    [Fact]
    public void Forms_out_of_reading_order_are_sorted_keeping_the_order_of_forms_at_one_offset()
    {
        var late = Form("Tamsin Arkwright", 90);
        var first = Form("Arkwright", 12);
        var second = Form("Tamsin", 12);
        var forms = new List<PersonForm> { late, first, second };

        Assert.Equal([first, second, late], PersonGrouper.InReadingOrder(forms));
        Assert.Equal([late, first, second], forms);
    }

    [Fact]
    public void Lone_surnames_before_between_and_after_full_names_give_aliases_and_mentions_in_reading_order()
    {
        var forms = new List<PersonForm>
        {
            Form("Arkwright", 12), Form("Tamsin Arkwright", 90), Form("Arkright", 150), Form("Tamsin K. Arkwright", 200), Form("Arkwright", 260),
        };

        var draft = Assert.Single(PersonGrouper.Group(forms)).ToDraft();

        Assert.Equal("Tamsin K. Arkwright", draft.Name);
        Assert.Equal(["Arkwright", "Tamsin Arkwright", "Arkright"], draft.Aliases);
        Assert.Equal([12, 90, 150, 200, 260], draft.Mentions.ConvertAll(m => m.Start));
    }

    [Fact]
    public void A_name_written_with_both_apostrophes_takes_the_one_most_of_its_mentions_use()
    {
        var forms = new List<PersonForm> { Form("Ronan O\u2019Malley", 10), Form("O'Malley", 80), Form("O'Malley", 140) };

        var draft = Assert.Single(PersonGrouper.Group(forms)).ToDraft();

        Assert.Equal("Ronan O'Malley", draft.Name);
        Assert.Contains("Ronan O\u2019Malley", draft.Aliases);
    }

    [Fact]
    public void A_name_keeps_its_apostrophe_when_the_other_is_not_the_more_frequent()
    {
        var forms = new List<PersonForm> { Form("Ronan O\u2019Malley", 10), Form("O'Malley", 80), Form("O\u2019Malley", 140) };

        var draft = Assert.Single(PersonGrouper.Group(forms)).ToDraft();

        Assert.Equal("Ronan O\u2019Malley", draft.Name);
    }

    private static PersonForm Form(string text, int start) =>
        new(text.Split(' '), new Mention(0, start, text.Length, text));
}
