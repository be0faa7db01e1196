using System.Linq;
using NewsGen.Extraction.Corrections;

namespace NewsGen.Extraction.Tests.Corrections;

/// <summary>Which articles a corpus-wide corrections file corrects: those of its own folder, not of sub-folders.</summary>
public class CorpusCorrectionsTests
{
    private static CorrectionFile File(string path, string suppressed) => CorrectionFile.Read(path, $"corrections:\n  suppress: [{suppressed}]\n");

    [Fact]
    public void A_file_corrects_the_articles_of_its_folder_and_not_of_its_sub_folders()
    {
        var corpus = new CorpusCorrections([File("/c/news/newsgen.yml", "Nordby")]);

        Assert.Equal(["Nordby"], corpus.For("/c/news/ferry.txt").Select(c => c.Target));
        Assert.Empty(corpus.For("/c/news/sport/match.txt"));
        Assert.Empty(corpus.For("/c/other/bridge.txt"));
    }

    [Fact]
    public void Files_of_one_folder_apply_in_path_order_and_a_path_listed_twice_counts_once()
    {
        var first = File("/c/news/a.yml", "Nordby");
        var second = File("/c/news/newsgen.yml", "Sandvik");

        var corpus = new CorpusCorrections([second, first, second]);

        Assert.Equal(["Nordby", "Sandvik"], corpus.For("/c/news/ferry.txt").Select(c => c.Target));
        Assert.Equal(corpus, new CorpusCorrections([first, second]));
        Assert.NotEqual(corpus, new CorpusCorrections([first]));
    }

    [Fact]
    public void Each_file_is_paired_with_the_articles_it_corrects()
    {
        var news = File("/c/news/newsgen.yml", "Nordby");
        var empty = File("/c/empty/newsgen.yml", "Sandvik");

        var pairs = new CorpusCorrections([news, empty]).WithArticles(["/c/news/a.txt", "/c/news/sport/b.txt", "/c/news/c.txt"], p => p);

        Assert.Equal([(empty.Path, 0), (news.Path, 2)], pairs.Select(p => (p.File.Path, p.Articles.Count)));
        Assert.Equal(["/c/news/a.txt", "/c/news/c.txt"], pairs[1].Articles);
    }
}
