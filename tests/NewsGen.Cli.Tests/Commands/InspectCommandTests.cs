using System.Linq;
using System.Text.Json;

namespace NewsGen.Cli.Tests.Commands;

public class InspectCommandTests
{
    [Fact]
    public void Json_dump_carries_per_file_and_corpus_diagnostics_in_each_article()
    {
        using var corpus = new TempCorpus();
        corpus.Write("a/harbour-vote.txt", "Harbour vote\n\nThe council voted.\n");
        var second = corpus.Write("b/harbour-vote.txt", "---\nfoo: 1\n---\nHarbour vote again\n\nThe council voted again.\n");

        var (exit, output, _) = Run.Inspect("--json", corpus.Root);

        Assert.Equal(0, exit);
        using var dump = JsonDocument.Parse(output);
        Assert.Equal("newsgen/1", dump.RootElement.GetProperty("schema").GetString());
        var article = dump.RootElement.GetProperty("articles").EnumerateArray().Single(a => a.GetProperty("file").GetString() == second);
        var diagnostics = article.GetProperty("diagnostics").EnumerateArray().ToList();
        Assert.Equal(["NG2002", "NG3001"], diagnostics.Select(d => d.GetProperty("id").GetString()).Order());
        var unknownKey = diagnostics.Single(d => d.GetProperty("id").GetString() == "NG3001");
        Assert.Equal("error", unknownKey.GetProperty("severity").GetString());
        Assert.Equal((2, 1), (unknownKey.GetProperty("line").GetInt32(), unknownKey.GetProperty("column").GetInt32()));
        Assert.Equal("Unknown front-matter key 'foo'; expected one of id, published, source, author, corrections", unknownKey.GetProperty("message").GetString());
    }

    [Fact]
    public void Skipped_files_keep_their_diagnostics_at_the_top_level_and_the_other_articles_are_dumped()
    {
        using var corpus = new TempCorpus();
        var empty = corpus.Write("a-empty.txt", "\n");
        var good = corpus.Write("b-good.txt", "Council approves harbour plan\n\nThe council approved the plan.\n");

        var (_, output, _) = Run.Inspect("--json", corpus.Root);

        using var dump = JsonDocument.Parse(output);
        Assert.Equal(good, Assert.Single(dump.RootElement.GetProperty("articles").EnumerateArray()).GetProperty("file").GetString());
        var skipped = Assert.Single(dump.RootElement.GetProperty("diagnostics").EnumerateArray());
        Assert.Equal((empty, "NG0001"), (skipped.GetProperty("file").GetString(), skipped.GetProperty("id").GetString()));
    }

    [Fact]
    public void Text_summary_prints_diagnostics_in_canonical_form()
    {
        using var corpus = new TempCorpus();
        var file = corpus.Write("bad.txt", "---\nfoo: 1\n---\nTitle\n");

        var (_, output, _) = Run.Inspect(file);

        Assert.Contains($"{file}(2,1): error NG3001: Unknown front-matter key 'foo'", output);
    }

    [Theory]
    [InlineData("usage: newsgen inspect")]
    [InlineData("newsgen: unknown option --sarif", "--sarif", "out.sarif", "x.txt")]
    [InlineData("newsgen: --boilerplate needs a value", "--boilerplate")]
    [InlineData("newsgen: no such file or directory: /no/such/path.txt", "/no/such/path.txt")]
    public void Usage_problems_exit_2_with_the_reason(string reason, params string[] args)
    {
        var (exit, output, error) = Run.Inspect(args);

        Assert.Equal((2, ""), (exit, output));
        Assert.StartsWith(reason, error);
    }

    [Fact]
    public void A_corrections_file_beside_the_articles_is_applied_and_inspect_says_which_corrections_changed_what()
    {
        using var corpus = new TempCorpus();
        var yml = corpus.Write("newsgen.yml", "corrections:\n  suppress: [Bergen]\n  names: { Ola Dahl: Ola Dahlberg }\n");
        var article = corpus.Write("ferry.txt", "Ferry plan\n\nMayor Tom Berg said the ferry to Bergen starts in spring.\n");

        var (exit, output, _) = Run.Inspect(corpus.Root);

        Assert.Equal(0, exit);
        Assert.Contains("places:    \n", output);
        Assert.Contains($"corrected: suppress 'Bergen' ({yml}(2,14)): 1 change", output);
        Assert.Contains($"{yml}(3,12): warning NG3006: The correction name 'Ola Dahl' = 'Ola Dahlberg' matches nothing", output);

        var (_, json, _) = Run.Inspect("--json", article);
        using var dump = JsonDocument.Parse(json);
        var applied = Assert.Single(Assert.Single(dump.RootElement.GetProperty("articles").EnumerateArray()).GetProperty("corrections").EnumerateArray());
        Assert.Equal(("suppress", "Bergen", 2, 14, 1), (
            applied.GetProperty("kind").GetString(), applied.GetProperty("target").GetString(), applied.GetProperty("line").GetInt32(),
            applied.GetProperty("column").GetInt32(), applied.GetProperty("changes").GetInt32()));
        Assert.Equal("NG3006", Assert.Single(dump.RootElement.GetProperty("diagnostics").EnumerateArray()).GetProperty("id").GetString());
    }
}
