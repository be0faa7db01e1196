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

    private static PersonForm Form(string text, int start) =>
        new(text.Split(' '), new Mention(0, start, text.Length, text));
}
