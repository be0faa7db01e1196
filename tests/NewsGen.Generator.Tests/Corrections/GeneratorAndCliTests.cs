using System;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using NewsGen.Cli.Commands;
using NewsGen.Extraction.Model;
using NewsGen.Generator.Tests.Analyzers;
using NewsGen.Generator.Tests.Infrastructure;

namespace NewsGen.Generator.Tests.Corrections;

/// <summary>A build and <c>newsgen inspect</c> over the same folders correct each article alike and report the same problems in newsgen.yml.</summary>
public sealed class GeneratorAndCliTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "newsgen-corrections-" + Guid.NewGuid().ToString("N"));

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void The_generator_the_analyzer_and_the_cli_produce_the_same_corrected_model_and_warnings()
    {
        // One correction more than the corpus needs, so there is a warning to compare.
        var files = CorrectedCorpus.Files(_root)
            .Select(f => f.IsCorrections ? f with { Text = f.Text + "  names:\n    Per Olsen: Per Olsson\n" } : f)
            .ToArray();
        foreach (var file in files)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(file.Path)!);
            File.WriteAllText(file.Path, file.Text);
        }

        var cli = ArticleRun.Start([_root], string.Empty, [], [], TextWriter.Null)!.Content;
        var driver = GeneratorHarness.Driver(files).RunGenerators(GeneratorHarness.Compilation("Consumer", []));
        var built = StepReasons.Of(driver, TrackingNames.ExtractArticle).Select(o => (ExtractionResult)o.Value).ToDictionary(r => r.Path);
        var analyzer = AnalyzerHarness.Run(files);

        Assert.Equal(2, cli.Entries.Count);
        Assert.All(cli.Entries, entry => Assert.Equal(entry.Result, built[entry.Source.Path]));
        Assert.Contains(built.Values, r => r.Corrections.Count == 7);
        var yml = files.Single(f => f.IsCorrections).Path;
        Assert.Equal(
            cli.In(yml).Select(d => (d.Id, d.Message, d.Location.StartLine, d.Location.StartColumn)),
            analyzer.Where(d => d.Location.GetLineSpan().Path == yml).Select(d => (d.Id, d.GetMessage(), AnalyzerHarness.Start(d).Line, AnalyzerHarness.Start(d).Column)));
        Assert.Equal("NG3006", Assert.Single(cli.In(yml)).Id);
    }
}
