namespace NewsGen.Extraction.Tests.Entities.People;

public class RoleTests
{
    [Theory]
    [InlineData("President of Moldova Igor Dodon arrived.", "Igor Dodon", "President of Moldova")]
    [InlineData("Azerbaijan\u2019s Deputy Foreign Minister Khalaf Khalafov spoke.", "Khalaf Khalafov", "Deputy Foreign Minister")]
    [InlineData("It began under ex-US President Barack Obama.", "Barack Obama", "ex-US President")]
    [InlineData("Meanwhile, US State Secretary Mike Pompeo left.", "Mike Pompeo", "US State Secretary")]
    [InlineData("Russian President Vladimir Putin left.", "Vladimir Putin", "Russian President")]
    [InlineData("The call came from spokesman John Kirby.", "John Kirby", "spokesman")]
    public void A_title_phrase_before_the_name_is_a_role(string text, string name, string role)
    {
        Assert.Equal(new[] { role }, EntityText.Extract(text).Person(name).Roles);
    }

    [Fact]
    public void An_apposition_after_the_name_is_a_role()
    {
        var entities = EntityText.Extract("Gen. Curtis M. Morrow, NATO supreme allied commander Europe, and Gen. Valery Gerasimov, Russian armed forces chief of staff, sat down.");

        Assert.Equal(new[] { "NATO supreme allied commander Europe" }, entities.Person("Curtis M. Morrow").Roles);
        Assert.Equal(new[] { "Russian armed forces chief of staff" }, entities.Person("Valery Gerasimov").Roles);
    }

    [Fact]
    public void An_apposition_before_the_name_is_a_role()
    {
        var entities = EntityText.Extract("The Commander-in-Chief of the NATO Armed Forces in Europe, Curtis Morrow, met with the Chief of the General Staff of the Armed Forces of Russia, Valery Gerasimov in Baku.");

        Assert.Equal(new[] { "Commander-in-Chief of the NATO Armed Forces in Europe" }, entities.Person("Curtis Morrow").Roles);
        Assert.Equal(new[] { "Chief of the General Staff of the Armed Forces of Russia" }, entities.Person("Valery Gerasimov").Roles);
    }

    [Fact]
    public void A_clause_after_the_name_is_no_role()
    {
        var entities = EntityText.Extract("Curtis Morrow, met with the chief of staff, then left.");

        Assert.Empty(entities.Person("Curtis Morrow").Roles);
    }

    [Fact]
    public void A_name_after_for_is_the_object_not_the_holder_of_the_title()
    {
        var entities = EntityText.Extract("A spokeswoman for Hillary Rodwell declined to comment.");

        Assert.Empty(entities.Person("Hillary Rodwell").Roles);
    }

    [Fact]
    public void Another_name_in_an_apposition_makes_it_a_list_not_a_role()
    {
        var entities = EntityText.Extract("Hillary Rodwell, President Barack Obama, and others came.");

        Assert.Empty(entities.Person("Hillary Rodwell").Roles);
    }
}
