using NewsGen.Extraction.Structure;

namespace NewsGen.Extraction.Tests.Structure;

public class PhotoCaptionTests
{
    private static NewsGen.Extraction.Model.Photo? Caption(string text) => PhotoCaptionReader.TryRead(new TextBlock(text, 100, true));

    [Fact]
    public void Label_and_bracketed_credit_are_removed_from_the_caption()
    {
        var photo = Caption("File photo. Two ministers shake hands in Geneva, 3 May 2019. [Handout photo, Foreign Ministry]");

        Assert.NotNull(photo);
        Assert.Equal("Two ministers shake hands in Geneva, 3 May 2019.", photo!.Caption);
        Assert.Equal("Handout photo, Foreign Ministry", photo.Credit);
        Assert.Equal(112, photo.Start);
    }

    [Theory]
    [InlineData("Pictured: The new bridge over the river (Photo: City Council)", "The new bridge over the river", "City Council")]
    [InlineData("Protesters march through the old town. Photo: Jane Roe", "Protesters march through the old town.", "Jane Roe")]
    [InlineData("Protesters march through the old town. Photo credit: Jane Roe/Agency", "Protesters march through the old town.", "Jane Roe/Agency")]
    [InlineData("Image: Firefighters at the scene. Credit: Fire Service", "Firefighters at the scene.", "Fire Service")]
    [InlineData("The senator arrives at the Capitol. REUTERS/John Smith", "The senator arrives at the Capitol.", "REUTERS/John Smith")]
    [InlineData("Photo: Crowds outside the stadium / Club Media", "Crowds outside the stadium", "Club Media")]
    [InlineData("Fans celebrate after the final whistle. / Club Media", "Fans celebrate after the final whistle.", "Club Media")]
    [InlineData("A rescue boat near the coast [Photo: Coast Guard]", "A rescue boat near the coast", "Coast Guard")]
    [InlineData("Volunteers clear the beach (Courtesy of Harbour Trust)", "Volunteers clear the beach", "Harbour Trust")]
    [InlineData("Climbers rest below the summit. Picture by Ana Ruiz", "Climbers rest below the summit.", "Ana Ruiz")]
    [InlineData("Climbers rest below the summit. PIC: Ana Ruiz", "Climbers rest below the summit.", "Ana Ruiz")]
    public void Credit_forms(string text, string caption, string credit)
    {
        var photo = Caption(text);

        Assert.NotNull(photo);
        Assert.Equal(caption, photo!.Caption);
        Assert.Equal(credit, photo.Credit);
    }

    [Fact]
    public void A_label_without_credit_is_still_a_caption()
    {
        var photo = Caption("Pictured: the harbour at dawn.");

        Assert.Equal("the harbour at dawn.", photo!.Caption);
        Assert.Equal(string.Empty, photo.Credit);
    }

    [Theory]
    [InlineData("The minister said the plan would go ahead. [Reuters]")]
    [InlineData("Britain will fund clinics for women infected with HIV/Aids.")]
    [InlineData("The vote was close (51 to 49).")]
    [InlineData("Officials said 40% of the budget would go to schools and/or hospitals")]
    public void Prose_is_not_a_caption(string text) => Assert.Null(Caption(text));

    [Fact]
    public void Caption_after_the_title_is_not_a_body_paragraph()
    {
        var structure = Articles.Read("Title\n\nFile photo. The port at night. [Handout photo, Port Authority]\n\nThe port reopened on Monday.");

        Assert.Equal("The port at night.", structure.Photo!.Caption);
        Assert.Equal(["The port reopened on Monday."], structure.ParagraphTexts());
        Articles.AssertOffsets(structure);
    }

    [Fact]
    public void Only_the_first_blocks_after_the_title_can_be_the_photo()
    {
        var structure = Articles.Read("Title\n\nFirst.\n\nSecond.\n\nThird.\n\nPhoto: Late image of the port.");

        Assert.Null(structure.Photo);
        Assert.Equal(4, structure.Paragraphs.Count);
    }

    [Theory]
    [InlineData("Pictured: The new bridge over the river (Photo: City Council)", "Photo")]
    [InlineData("Lanterns float downstream (photo by A. N. Other, St. Ives studio.)", "photo")]
    [InlineData("Protesters march through the old town. Photo credit: Jane Roe/Agency.  ", "Photo")]
    [InlineData("Image: Firefighters at the scene. Credit: Fire Service", "Credit")]
    [InlineData("Fans celebrate after the final whistle. / Club Media.", "/")]
    [InlineData("Volunteers clear the beach (Courtesy of Harbour Trust)", "Courtesy")]
    public void A_strong_credit_cue_lies_after_where_the_cue_search_starts(string text, string cue)
    {
        Assert.NotNull(Caption(text));
        Assert.True(text.IndexOf(cue, PhotoCaptionReader.StrongCreditCueFrom(text), System.StringComparison.Ordinal) >= 0);
    }

    [Fact]
    public void A_credit_word_before_the_last_sentence_does_not_make_a_caption()
    {
        Assert.Null(Caption("The photo agency closed in May. Staff were told on Friday."));
        Assert.Equal(31, PhotoCaptionReader.StrongCreditCueFrom("The photo agency closed in May. Staff were told on Friday."));
    }
}
