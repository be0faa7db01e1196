namespace NewsGen.Extraction.Tests.Entities.People;

public class RoleTests
{
    [Theory]
    [InlineData("President of Moldova Anatol Vrabie arrived.", "Anatol Vrabie", "President of Moldova")]
    [InlineData("Paraguay\u2019s Deputy Trade Minister Rosalind Achterberg spoke.", "Rosalind Achterberg", "Deputy Trade Minister")]
    [InlineData("It began under ex-US President Harlan Whitcombe.", "Harlan Whitcombe", "ex-US President")]
    [InlineData("Meanwhile, US Finance Secretary Delia Marchetti left.", "Delia Marchetti", "US Finance Secretary")]
    [InlineData("Kenyan President Wanjiru Otieno left.", "Wanjiru Otieno", "Kenyan President")]
    [InlineData("The call came from spokesman Anselm Kettering.", "Anselm Kettering", "spokesman")]
    public void A_title_phrase_before_the_name_is_a_role(string text, string name, string role)
    {
        Assert.Equal(new[] { role }, EntityText.Extract(text).Person(name).Roles);
    }

    [Fact]
    public void An_apposition_after_the_name_is_a_role()
    {
        var entities = EntityText.Extract("Adm. Leopold R. Brandvold, NORSEC senior naval commander Asia, and Gen. Oksana Dovzhenko, Chilean air force chief of intelligence, sat down.");

        Assert.Equal(new[] { "NORSEC senior naval commander Asia" }, entities.Person("Leopold R. Brandvold").Roles);
        Assert.Equal(new[] { "Chilean air force chief of intelligence" }, entities.Person("Oksana Dovzhenko").Roles);
    }

    [Fact]
    public void An_apposition_before_the_name_is_a_role()
    {
        var entities = EntityText.Extract("The Director-General of the NORSEC Naval Forces in Asia, Leopold Brandvold, met with the Head of the Intelligence Department of the National Police of Chile, Oksana Dovzhenko in Mombasa.");

        Assert.Equal(new[] { "Director-General of the NORSEC Naval Forces in Asia" }, entities.Person("Leopold Brandvold").Roles);
        Assert.Equal(new[] { "Head of the Intelligence Department of the National Police of Chile" }, entities.Person("Oksana Dovzhenko").Roles);
    }

    // The seed's role phrases use only words of Data/entities/role-modifiers.txt ("supreme allied", "Armed Forces");
    // the same construction with other words is a role too.
    [Fact]
    public void An_apposition_with_organization_words_outside_the_role_lists_is_a_role()
    {
        var entities = EntityText.Extract(
            "Adm. Leopold R. Brandvold, NORSEC joint fleet commander Asia, sat down.",
            "The Director-General of the Harbour Maritime Command in Asia, Oksana Dovzhenko, met the press.");

        Assert.Equal(new[] { "NORSEC joint fleet commander Asia" }, entities.Person("Leopold R. Brandvold").Roles);
        Assert.Equal(new[] { "Director-General of the Harbour Maritime Command in Asia" }, entities.Person("Oksana Dovzhenko").Roles);
    }

    [Theory]
    [InlineData("The Ruritanian economics minister, Ilse Brandt, spoke first.", "economics minister")]
    [InlineData("Fenwick Mills brought in a new finance director, Ilse Brandt, last year.", "new finance director")]
    [InlineData("Fenwick Mills Inc.'s chief financial officer, Ilse Brandt, resigned.", "chief financial officer")]
    public void Plain_words_before_a_title_belong_to_the_role_but_not_the_clause_around_them(string text, string role)
    {
        Assert.Equal(new[] { role }, EntityText.Extract(text).Person("Ilse Brandt").Roles);
    }

    [Fact]
    public void A_capitalized_word_before_a_title_in_a_clause_makes_no_role()
    {
        var entities = EntityText.Extract("He starts a second term as Ruritanian President, Ilse Brandt has said.");

        Assert.Empty(entities.Person("Ilse Brandt").Roles);
    }

    [Fact]
    public void A_clause_after_the_name_is_no_role()
    {
        var entities = EntityText.Extract("Leopold Brandvold, met with the head of the navy, then left.");

        Assert.Empty(entities.Person("Leopold Brandvold").Roles);
    }

    [Fact]
    public void A_name_after_for_is_the_object_not_the_holder_of_the_title()
    {
        var entities = EntityText.Extract("A spokeswoman for Philippa Tremaine declined to comment.");

        Assert.Empty(entities.Person("Philippa Tremaine").Roles);
    }

    [Fact]
    public void Another_name_in_an_apposition_makes_it_a_list_not_a_role()
    {
        var entities = EntityText.Extract("Philippa Tremaine, President Harlan Whitcombe, and others came.");

        Assert.Empty(entities.Person("Philippa Tremaine").Roles);
    }
}
