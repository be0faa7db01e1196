using System.IO;
using System.Linq;

namespace NewsGen.Cli.Tests.Commands;

/// <summary><c>--schema</c>: the C# files (or a project folder) declaring the metadata schema the front matter is checked against.</summary>
public class SchemaOptionTests
{
    private const string Schema = """
        using System;
        using System.Collections.Generic;
        using NewsGen.Model;

        namespace Blog;

        public enum Desk { World, Business }

        [ArticleMetadata]
        public sealed record PostMeta(IReadOnlyList<string> Tags, bool Draft = false, Desk? Desk = null)
        {
            public Uri? CanonicalUrl { get; init; }
        }
        """;

    [Fact]
    public void Check_reports_front_matter_against_the_schema_at_line_and_column()
    {
        using var corpus = new TempCorpus();
        var schema = corpus.Write("project/PostMeta.cs", Schema);
        var article = corpus.Write("project/seeds/vote.txt", "---\ndraft: maybe\ndesk: sport\ncanonical-url: nowhere\ntag: harbour\n---\nCouncil vote\n\nThe council voted.\n");

        var (exit, output, _) = Run.Check("--schema", schema, article);

        Assert.Equal(1, exit);
        Assert.Equal(
            [
                $"{article}(1,1): error NG3103: The front matter has no 'tags', which PostMeta requires",
                $"{article}(2,8): error NG3102: 'draft' expects true or false, not 'maybe'",
                $"{article}(3,7): error NG3104: 'sport' given for 'desk' is not a member of Desk; allowed: World, Business",
                $"{article}(4,16): error NG3105: 'nowhere' given for 'canonical-url' is not an absolute URL such as https://example.com/page",
                $"{article}(5,1): error NG3101: Unknown front-matter key 'tag'; expected one of tags, draft, desk, canonical_url, id, published, source, author, corrections",
            ],
            Lines(output));
    }

    [Fact]
    public void A_project_folder_gives_the_schema_and_files_under_bin_and_obj_are_skipped()
    {
        using var corpus = new TempCorpus();
        corpus.Write("project/Meta/PostMeta.cs", Schema);
        corpus.Write("project/obj/Generated.cs", "[NewsGen.Model.ArticleMetadata] internal sealed record AaaMeta(int Broken);");
        var article = corpus.Write("project/seeds/vote.txt", "---\ntags: [harbour]\ndraft: true\n---\nCouncil vote\n\nThe council voted.\n");

        var (exit, output, error) = Run.Check("--schema", Path.Combine(corpus.Root, "project"), article);

        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, output);
        Assert.Contains("1 file(s) checked, 0 error(s)", error);
    }

    [Fact]
    public void Problems_of_the_schema_type_are_reported_in_its_file()
    {
        using var corpus = new TempCorpus();
        var schema = corpus.Write("Meta.cs", "[NewsGen.Model.ArticleMetadata]\ninternal sealed record Meta(System.TimeSpan Length, string? Summary = null);\n");
        var article = corpus.Write("vote.txt", "---\nsummary: fine\nlength: 3\n---\nCouncil vote\n\nThe council voted.\n");

        var (exit, output, _) = Run.Check("--schema", schema, article);

        Assert.Equal(1, exit);
        Assert.Equal([$"{schema}(2,45): error NG3107: The metadata property 'Length' has type 'System.TimeSpan', which front matter cannot set"], Lines(output));
    }

    [Fact]
    public void Without_a_schema_an_unknown_key_stays_NG3001_and_inspect_takes_the_option_too()
    {
        using var corpus = new TempCorpus();
        var schema = corpus.Write("PostMeta.cs", Schema);
        var article = corpus.Write("vote.txt", "---\ntags: [harbour]\n---\nCouncil vote\n\nThe council voted.\n");

        Assert.Contains("NG3001", Run.Check(article).Out);
        var (exit, output, _) = Run.Inspect("--schema", schema, article);
        Assert.Equal(0, exit);
        Assert.DoesNotContain("NG3001", output);
    }

    [Fact]
    public void A_type_the_given_files_do_not_declare_is_named_on_stderr()
    {
        using var corpus = new TempCorpus();
        var schema = corpus.Write("Meta.cs", "[NewsGen.Model.ArticleMetadata]\ninternal sealed record Meta(Desk Desk);\n");
        var article = corpus.Write("vote.txt", "---\ndesk: world\n---\nCouncil vote\n\nThe council voted.\n");

        var (_, _, error) = Run.Check("--schema", schema, article);

        Assert.Contains($"newsgen: {schema}(2,29): error CS0246: The type or namespace name 'Desk' could not be found", error);
        Assert.Contains("give the file that declares it to --schema, or the project folder", error);
    }

    [Fact]
    public void A_missing_schema_path_is_a_usage_error()
    {
        using var corpus = new TempCorpus();
        var article = corpus.Write("vote.txt", "Council vote\n\nThe council voted.\n");

        var (exit, _, error) = Run.Check("--schema", Path.Combine(corpus.Root, "nowhere.cs"), article);

        Assert.Equal(2, exit);
        Assert.Contains("no such file or directory", error);
    }

    private static string[] Lines(string output) => output.Split('\n', System.StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToArray();
}
