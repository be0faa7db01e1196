using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using NewsGen.Cli.Input;

namespace NewsGen.Cli.Tests.Input;

/// <summary>File-system oddities a feed can produce: link loops, links to the same file, names that are not UTF-8.</summary>
public class HostileFilesTests
{
    private const string Article = "Ferry timetable changes\n\nThe winter timetable starts soon.\n";

    [Fact]
    public void A_symbolic_link_loop_reads_each_file_once()
    {
        using var corpus = new TempCorpus();
        var file = corpus.Write("news/ferry.txt", Article);
        Directory.CreateSymbolicLink(Path.Combine(corpus.Root, "news", "loop"), Path.Combine(corpus.Root, "news"));
        Directory.CreateSymbolicLink(Path.Combine(corpus.Root, "news", "up"), "..");

        var (files, missing) = ArticleFiles.Expand([corpus.Root]);

        Assert.Equal([file], files);
        Assert.Empty(missing);
    }

    [Fact]
    public void A_file_named_twice_through_a_link_is_read_once()
    {
        using var corpus = new TempCorpus();
        var file = corpus.Write("news/ferry.txt", Article);
        var link = Path.Combine(corpus.Root, "alias.txt");
        File.CreateSymbolicLink(link, file);

        var (exit, output, error) = Run.Check(corpus.Root, link, file);

        Assert.Equal(0, exit);
        Assert.Empty(output);
        Assert.Contains("1 file(s) checked", error);
    }

    [Fact]
    public void A_file_name_that_is_not_utf8_is_reported_and_the_others_are_checked()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        using var corpus = new TempCorpus();
        corpus.Write("good.txt", Article);
        // .NET cannot create such a name itself: its file names are UTF-16 strings.
        Shell(corpus.Root, "printf 'Ferry\\n\\nBody.\\n' > \"$(printf 'caf\\351.txt')\"");

        var (exit, output, error) = Run.Check(corpus.Root);
        var count = Directory.GetFiles(corpus.Root).Length;
        Shell(corpus.Root, "rm -f \"$(printf 'caf\\351.txt')\"");

        Assert.Equal(2, count);
        Assert.Equal(1, exit);
        Assert.Empty(output);
        Assert.Contains("newsgen: cannot read ", error);
        Assert.Contains("the file name is not valid UTF-8", error);
        Assert.Contains("2 file(s) checked, 1 error(s)", error);
    }

    private static void Shell(string directory, string command)
    {
        using var shell = Process.Start(new ProcessStartInfo("sh", ["-c", command]) { WorkingDirectory = directory });
        shell!.WaitForExit();
    }
}
