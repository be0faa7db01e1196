namespace NewsGen.Extraction.Tests.Entities.People;

/// <summary>Titles of works and names of organizations and places written like a given name and surname.</summary>
public class NonPersonNameTests
{
    [Fact]
    public void A_name_ending_in_a_head_word_of_firms_or_bodies_is_no_person()
    {
        var entities = EntityText.Extract(
            "Traders at Ravello Securities expect a cut.",
            "The deal was signed by Toller Brothers last week.",
            "The complaint went to the Ombrecht Panel and the Kessing Unit.");

        Assert.Empty(entities.PersonNames());
    }

    [Fact]
    public void A_firm_named_with_a_head_word_is_found_as_an_organization()
    {
        var entities = EntityText.Extract("Traders at Ravello Securities expect a cut.");

        Assert.Equal("Ravello Securities", entities.Organization("Ravello Securities").Name);
    }

    [Fact]
    public void A_name_ending_in_a_head_word_of_buildings_or_grounds_is_no_person()
    {
        var entities = EntityText.Extract("The band played at Kessick Auditorium on Friday.", "Hosts Dunmore won 2-0 at Brackley Moor.");

        Assert.Empty(entities.PersonNames());
    }

    [Fact]
    public void Versus_between_capitalized_words_makes_a_title_of_them()
    {
        var entities = EntityText.Extract("Kessler Vs Ondrak was shown in cinemas across the region.");

        Assert.Empty(entities.PersonNames());
    }

    [Fact]
    public void An_article_before_words_without_a_given_name_makes_them_a_thing()
    {
        var entities = EntityText.Extract("Crowds queued outside the Tarvin Modern all morning.");

        Assert.Empty(entities.PersonNames());
    }

    [Fact]
    public void A_name_after_an_article_is_a_person_when_the_article_also_names_them_without_one()
    {
        var entities = EntityText.Extract("The Zuzka Varga verdict surprised the court. Varga said she would appeal.");

        Assert.Equal(new[] { "Zuzka Varga" }, entities.PersonNames());
    }

    [Fact]
    public void A_longer_run_after_an_article_stays_a_thing_even_when_its_last_word_names_someone()
    {
        var entities = EntityText.Extract("The Velmar Ostrik Brandt trophy went unclaimed. Brandt said nothing.");

        Assert.DoesNotContain("Velmar Ostrik Brandt", entities.PersonNames());
    }

    [Fact]
    public void An_article_before_a_given_name_or_a_word_between_leaves_a_person()
    {
        var entities = EntityText.Extract("The Jenny Marlow case went to court.", "A tribute to the late Orsolya Benedek was read.");

        Assert.Equal(new[] { "Jenny Marlow", "Orsolya Benedek" }, entities.PersonNames());
    }

    [Fact]
    public void An_article_that_ends_a_title_before_a_given_name_leaves_the_person_after_it()
    {
        var entities = EntityText.Extract("The plan was backed by Chancellor of the Exchequer Tom Reilly on Monday.");

        Assert.Equal(new[] { "Tom Reilly" }, entities.PersonNames());
    }

    [Fact]
    public void What_a_year_owns_is_a_work_even_with_a_given_name()
    {
        var entities = EntityText.Extract("She starred in 1994's Martha Quinlan and later joined a soap.");

        Assert.Empty(entities.PersonNames());
    }

    [Fact]
    public void Capitalized_words_right_after_a_noun_of_works_are_a_title()
    {
        var entities = EntityText.Extract("Her album Clara Bellweather topped the chart.", "Critics praised the drama Vera Lindqvist at the festival.");

        Assert.Empty(entities.PersonNames());
    }

    [Fact]
    public void A_noun_of_works_that_is_also_a_verb_leaves_the_person_after_it()
    {
        var entities = EntityText.Extract("Hale will play Tomas Wendel in the final.");

        Assert.Contains("Tomas Wendel", entities.PersonNames());
    }

    [Fact]
    public void A_function_word_capitalized_inside_a_run_makes_the_name_after_it_part_of_a_title()
    {
        var entities = EntityText.Extract("The network aired The Rise And Fall Of Ivy Pellham last year.", "The prize went to Ben Ashe For Silent Pellham.");

        Assert.DoesNotContain("Ivy Pellham", entities.PersonNames());
        Assert.DoesNotContain("Silent Pellham", entities.PersonNames());
    }

    [Fact]
    public void A_capitalized_function_word_in_a_role_leaves_the_person_after_it()
    {
        var entities = EntityText.Extract("\"We will act,\" said Treasury Under Secretary Joan Pike.");

        Assert.Equal(new[] { "Joan Pike" }, entities.PersonNames());
    }

    [Fact]
    public void An_adjective_made_of_a_frequent_word_before_a_frequent_word_is_no_given_name()
    {
        var entities = EntityText.Extract("The band closed the night with Restless Heart.");

        Assert.Empty(entities.PersonNames());
    }
}
