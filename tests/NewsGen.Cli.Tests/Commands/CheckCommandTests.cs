using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace NewsGen.Cli.Tests.Commands;

public class CheckCommandTests
{
    private static readonly Regex Canonical = new(@"^(?<path>.+)\((?<line>\d+),(?<col>\d+)\): (?<severity>error|warning|info) (?<id>NG\d{4}): (?<message>.+)$");

    [Fact]
    public void Diagnostics_are_printed_in_canonical_form_with_one_based_positions_and_errors_exit_1()
    {
        using var corpus = new TempCorpus();
        var bad = corpus.Write("news/bad.txt", "---\npublshed: 2018-11-29\n---\nCouncil vote\n\nThe council voted.\n");
        corpus.Write("news/good.txt", "Council approves harbour plan\n\nThe council approved the plan.\n");

        var (exit, output, _) = Run.Check(corpus.Root);

        Assert.Equal(1, exit);
        var line = Assert.Single(Lines(output));
        Assert.Equal(
            $"{bad}(2,1): error NG3001: Unknown front-matter key 'publshed'; expected one of id, published, source, author, corrections",
            line);
        Assert.Matches(Canonical, line);
    }

    [Fact]
    public void Warnings_alone_exit_0_and_exit_1_as_errors_with_warnaserror()
    {
        using var corpus = new TempCorpus();
        var file = corpus.Write("dateline.txt", "LONDON (Reuters) -\n\nThe market fell.\n");

        var plain = Run.Check(file);
        var strict = Run.Check("--warnaserror", file);

        Assert.Equal(0, plain.Exit);
        Assert.StartsWith($"{file}(1,1): warning NG0002: ", plain.Out);
        Assert.Equal(1, strict.Exit);
        Assert.StartsWith($"{file}(1,1): error NG0002: ", strict.Out);
    }

    [Fact]
    public void A_clean_file_prints_nothing_and_exits_0()
    {
        using var corpus = new TempCorpus();
        var file = corpus.Write("good.txt", "Council approves harbour plan\n\nThe council approved the plan.\n");

        var (exit, output, error) = Run.Check(file);

        Assert.Equal(0, exit);
        Assert.Empty(output);
        Assert.Contains("1 file(s) checked, 0 error(s), 0 warning(s)", error);
    }

    [Fact]
    public void Broken_files_are_each_reported_and_do_not_stop_the_others()
    {
        using var corpus = new TempCorpus();
        var empty = corpus.Write("a-empty.txt", " \n");
        var binary = corpus.WriteBytes("b-binary.txt", [0x89, 0x50, 0x4E, 0x47, 0x00, 0x01]);
        var latin1 = corpus.WriteBytes("c-latin1.txt", [0x43, 0x61, 0x66, 0xE9, 0x0A]);
        var frontMatter = corpus.Write("d-front.txt", "---\npublished: yesterday\n---\nTitle here\n\nBody.\n");
        corpus.Write("e-good.txt", "Council approves harbour plan\n\nThe council approved the plan.\n");

        var (exit, output, _) = Run.Check(corpus.Root);

        Assert.Equal(1, exit);
        Assert.Equal(
            [$"{empty} NG0001", $"{binary} NG4002", $"{latin1} NG4001", $"{frontMatter} NG3002"],
            Lines(output).Select(l => Canonical.Match(l)).Select(m => $"{m.Groups["path"].Value} {m.Groups["id"].Value}"));
    }

    [Fact]
    public void Corpus_wide_problems_are_reported_once_in_the_file_they_concern()
    {
        using var corpus = new TempCorpus();
        var first = corpus.Write("a/harbour-vote.txt", "Harbour vote\n\nThe council voted.\n");
        var second = corpus.Write("b/harbour-vote.txt", "Harbour vote again\n\nThe council voted again.\n");

        var (exit, output, _) = Run.Check(corpus.Root);

        Assert.Equal(0, exit);
        Assert.Equal(
            [
                $"{first}(1,1): warning NG2002: The identifier 'HarbourVote' is wanted by another article or is reserved; this article is generated as 'HarbourVote_a5daca312'",
                $"{second}(1,1): warning NG2002: The identifier 'HarbourVote' is wanted by another article or is reserved; this article is generated as 'HarbourVote_a5daca313'",
            ],
            Lines(output));
    }

    [Fact]
    public void Directories_are_searched_recursively_for_txt_files_only()
    {
        using var corpus = new TempCorpus();
        var nested = corpus.Write("x/y/z/deep.txt", "---\nfoo: 1\n---\nTitle\n");
        corpus.Write("x/notes.md", "---\nfoo: 1\n---\nTitle\n");

        var (_, output, _) = Run.Check(Path.Combine(corpus.Root, "x"));

        Assert.StartsWith($"{nested}(2,1): error NG3001", Assert.Single(Lines(output)));
    }

    [Theory]
    [InlineData]
    [InlineData("--bogus", "x.txt")]
    [InlineData("--sarif")]
    [InlineData("--max-file-size", "zero", "x.txt")]
    [InlineData("/no/such/path.txt")]
    public void Usage_problems_exit_2(params string[] args) => Assert.Equal(2, Run.Check(args).Exit);

    [Fact]
    public void The_size_limit_can_be_set()
    {
        using var corpus = new TempCorpus();
        var file = corpus.Write("long.txt", "Council approves harbour plan\n\nThe council approved the plan.\n");

        var (exit, output, _) = Run.Check("--max-file-size", "20", file);

        Assert.Equal(1, exit);
        Assert.StartsWith($"{file}(1,1): error NG4003: 'long.txt' has 62 characters, more than the limit of 20", output);
    }

    [Fact]
    public void An_invalid_boilerplate_pattern_is_reported_without_a_file()
    {
        using var corpus = new TempCorpus();
        var file = corpus.Write("good.txt", "Council approves harbour plan\n\nThe council approved the plan.\n");

        var (exit, output, _) = Run.Check("--boilerplate", "(unclosed", file);

        Assert.Equal(1, exit);
        Assert.StartsWith("newsgen: error NG3003: The NewsGenBoilerplatePatterns entry '(unclosed' is not a valid regular expression", output);
    }

    private static string[] Lines(string output) => output.Split('\n', System.StringSplitOptions.RemoveEmptyEntries | System.StringSplitOptions.TrimEntries);
}
