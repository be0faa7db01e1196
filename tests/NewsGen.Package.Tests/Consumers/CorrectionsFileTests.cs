using System.IO;
using System.Linq;
using NewsGen.Extraction;
using NewsGen.Extraction.Corpus;
using NewsGen.Extraction.Corrections;
using NewsGen.Extraction.Model;
using NewsGen.Package.Tests.Infrastructure;
using Xunit.Abstractions;

namespace NewsGen.Package.Tests.Consumers;

/// <summary>
/// A consumer with <c>seeds/newsgen.yml</c> beside its articles: the package picks the file up by convention, the
/// suppressed entity is gone from the generated <c>People</c>, and a correction that matches nothing is a warning at
/// its line and column in the file; <c>NewsGenIncludeCorrections=false</c> leaves the file out.
/// </summary>
[Collection(PackagedNewsGenCollection.Name)]
public sealed class CorrectionsFileTests(PackagedNewsGen package, ITestOutputHelper log)
{
    private const string Library = """
        Library reopens after flood

        Librarian Maja Holm said the town library would reopen its doors after the summer.

        "Every book we lost has been replaced," Maja Holm said.

        The Lady Mayoress cut the ribbon with Maja Holm and the Lord Lieutenant.

        """;

    private const string Corrections = """
        # read by the build because it sits in seeds/
        corrections:
          suppress:
            - Mayoress
            - Harbour Board

        """;

    private const string Program = """
        using Reader;

        foreach (var person in People.All)
            Console.WriteLine(person.Name);

        """;

    [Fact]
    public void A_newsgen_yml_beside_the_articles_corrects_the_build_and_warns_where_a_correction_matches_nothing()
    {
        var app = ConsumerFolder.NewScenario(package, log, "corrections");
        app.Write("Reader.csproj", ConsumerProject.Create("Exe", string.Empty, ConsumerProject.NewsGenReference(package)));
        app.Write("Program.cs", Program);
        app.Write("seeds/library.txt", Library);
        app.Write("seeds/newsgen.yml", Corrections);

        var build = app.BuildWithoutWarnings();
        var run = app.Dotnet("run", "--no-build");

        var yml = Path.Combine(app.Path, "seeds", "newsgen.yml");
        Assert.Contains($"{yml}(5,7): warning NG3006: The correction suppress 'Harbour Board' matches nothing", build.Output);
        var expected = People(Path.Combine(app.Path, "seeds", "library.txt"), yml);
        Assert.DoesNotContain("Mayoress", expected);
        Assert.Contains("Maja Holm", expected);
        OutputAssert.PrintedExactly(expected, run);

        // The documented switch turns the convention off: the file is no longer read.
        var uncorrected = app.Dotnet("build", "-p:NewsGenIncludeCorrections=false", "-nologo");
        Assert.DoesNotContain("NG3006", uncorrected.Output);
        Assert.Contains("Mayoress", app.Dotnet("run", "--no-build").StandardOutput);
    }

    /// <summary>The people of the one-article corpus, as the extraction engine corrects it.</summary>
    private static string[] People(string article, string yml)
    {
        var corrections = CorrectionFile.Read(yml, File.ReadAllText(yml)).Set.Corrections;
        var result = ArticleExtractor.Extract(new ArticleSource(article, File.ReadAllText(article), null, null), ExtractionOptions.Default, corrections);
        return CorpusBuilder.Build([result]).People.Select(p => p.Name).ToArray();
    }
}
