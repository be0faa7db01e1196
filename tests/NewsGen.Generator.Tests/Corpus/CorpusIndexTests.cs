using System.Linq;
using NewsGen.Extraction;
using NewsGen.Extraction.Corpus;
using NewsGen.Extraction.Model;
using NewsGen.Generator.Tests.Infrastructure;

namespace NewsGen.Generator.Tests.Corpus;

/// <summary>
/// The corpus-wide pass reads footprints only: equal footprints give an equal index, text edits that name nothing new
/// leave the footprint equal, and index plus articles make the same corpus as building it in one go.
/// </summary>
public class CorpusIndexTests
{
    private const string Story = "Harbor talks resume\n\nMaria Lopez, the mayor of Port Laguna, said: \"We will reopen the port.\"\n\nThe Harbor Authority agreed on 3 March 2024.\n";

    [Fact]
    public void Index_and_assemble_make_the_corpus_build_makes()
    {
        var articles = new[] { Models.Rich(), Models.Article("/project/articles/other.txt", "Other", title: "Other story"), Models.Rich("/project/articles/b.txt", "HarborSummit") };

        var index = CorpusBuilder.Index(articles.Select(ArticleFootprint.Of));

        Assert.Equal(CorpusBuilder.Build(articles.Select(Models.Result)), CorpusBuilder.Assemble(articles, index));
        Assert.Equal(["HarborSummit_e4821ce3", "HarborSummit_738d0fab", "Other"], index.Articles.Select(a => a.Id));
    }

    [Fact]
    public void Editing_text_before_every_mention_leaves_the_footprint_equal()
    {
        var before = Extract(Story);
        var after = Extract(Story.Replace("Harbor talks resume\n\n", "Harbor talks resume\n\nA new opening paragraph, longer than the rest, moves every offset.\n\n"));

        Assert.NotEqual(before.People[0].Mentions, after.People[0].Mentions);
        Assert.Equal(ArticleFootprint.Of(before), ArticleFootprint.Of(after));
    }

    [Fact]
    public void A_new_name_a_new_speaker_or_a_new_date_changes_the_footprint()
    {
        var footprint = ArticleFootprint.Of(Extract(Story));

        Assert.NotEqual(footprint, ArticleFootprint.Of(Extract(Story + "\nTom Berg, a port engineer, agreed.\n")));
        Assert.NotEqual(footprint, ArticleFootprint.Of(Extract(Story + "\n\"It is late,\" said Tom Berg.\n")));
        Assert.NotEqual(footprint, ArticleFootprint.Of(Extract(Story.Replace("3 March 2024", "4 March 2024"))));
    }

    [Fact]
    public void Skipped_files_have_no_footprint_and_are_left_out_of_the_index()
    {
        var skipped = new ExtractionResult("/p/empty.txt", null, EquatableArray<ContentDiagnostic>.Empty);

        Assert.Null(ArticleFootprint.Of(skipped));
        Assert.Equal(["Story"], CorpusBuilder.Index([ArticleFootprint.Of(skipped), ArticleFootprint.Of(Models.Article("/p/a.txt", "Story"))]).Articles.Select(a => a.Id));
    }

    [Fact]
    public void An_article_the_index_does_not_list_is_left_out_of_the_corpus()
    {
        var listed = Models.Article("/p/a.txt", "Story");
        var index = CorpusBuilder.Index([ArticleFootprint.Of(listed)]);

        var corpus = CorpusBuilder.Assemble([listed, Models.Article("/p/b.txt", "Other")], index);

        Assert.Equal(["Story"], corpus.Articles.Select(a => a.Id));
    }

    private static Article Extract(string text) =>
        ArticleExtractor.Extract(new ArticleSource("/p/story.txt", text, null, null), ExtractionOptions.Default).Article!;
}
